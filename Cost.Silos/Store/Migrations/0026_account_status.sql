-- Accounts a bureau can run: an account is active, disabled by the bureau, or pending — registered by a firm's
-- consultant at /register and not usable until the bureau approves it. requested_at: when a pending account registered.
ALTER TABLE users ADD COLUMN status VARCHAR(16) NOT NULL DEFAULT 'active';
ALTER TABLE users ADD COLUMN requested_at TEXT NULL;
