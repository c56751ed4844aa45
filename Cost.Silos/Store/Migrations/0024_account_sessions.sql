-- Sessions that end when they should: each account's security stamp is in its cookies and tokens and checked on every
-- request; log-out and a password change give the account a new one. A temporary password must be changed first.
ALTER TABLE users ADD COLUMN security_stamp VARCHAR(64) NOT NULL DEFAULT '';
ALTER TABLE users ADD COLUMN must_change_password BIGINT NOT NULL DEFAULT 0;
