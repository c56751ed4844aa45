-- Failed sign-ins of each account (OWASP ASVS 4.0 V2.2.1, anti-automation): how many in the current
-- window, when that window began and until when the account is locked. In the store, so that a lockout
-- holds across restarts and across the web processes of a cluster. Times are ISO 8601 text (Times),
-- compared by the application; row_version makes concurrent failures count once each. Portable SQL
-- (numbered 0007 so that 0006 stays free for the audit log).

CREATE TABLE sign_in_failures (
    user_name         VARCHAR(64)  NOT NULL PRIMARY KEY REFERENCES users (user_name),
    failures          BIGINT       NOT NULL,
    window_started_at TEXT         NOT NULL,
    locked_until      TEXT         NULL,
    row_version       BIGINT       NOT NULL
);
