-- Sign-in failures counted per account and per client address (OWASP Authentication Cheat Sheet, "Protect against
-- automated attacks"): subject is "account:<user name>" or "client:<address>", so it no longer refers to users.
-- locks: how many times the account has been locked since its last successful sign-in (each lock lasts twice as long
-- as the one before); for a client address locked_until is the earliest time of its next attempt. Counts are
-- short-lived, so the old table is not carried over.
DROP TABLE sign_in_failures;

CREATE TABLE sign_in_failures (
    subject           VARCHAR(120) NOT NULL PRIMARY KEY,
    failures          BIGINT       NOT NULL,
    window_started_at TEXT         NOT NULL,
    locked_until      TEXT         NULL,
    locks             BIGINT       NOT NULL,
    row_version       BIGINT       NOT NULL
);
