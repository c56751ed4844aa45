-- The audit trail: every filing, publication, override, credit record, appeal decision,
-- complaint review, award and configuration change, appended in the transaction of the change itself
-- and chained by SHA-256. Portable SQL (SQLite and PostgreSQL).
--
-- hash = lowercase hex SHA-256 of the UTF-8 text
--   seq LF occurred_at LF actor LF action LF subject LF payload_json LF prev_hash
-- (seq in decimal, no LF after prev_hash); prev_hash is the hash of entry seq - 1, 64 zeros for the first.
-- actor, action and subject never hold a line break; payload_json is compact JSON, which has none.

CREATE TABLE audit_log (
    seq           BIGINT       NOT NULL PRIMARY KEY,
    occurred_at   TEXT         NOT NULL,
    actor         VARCHAR(64)  NOT NULL,
    action        VARCHAR(40)  NOT NULL,
    subject       TEXT         NOT NULL,
    payload_json  TEXT         NOT NULL,
    prev_hash     VARCHAR(64)  NOT NULL,
    hash          VARCHAR(64)  NOT NULL
);

-- The last configuration logged is found by action.
CREATE INDEX ix_audit_log_action ON audit_log (action, seq);

-- One row: the last entry's seq and hash. Every append starts by updating it, which serializes
-- appenders (a row lock on PostgreSQL, the write lock on SQLite) and lets the verifier notice a
-- deleted or replaced last entry.
CREATE TABLE audit_head (
    id            BIGINT       NOT NULL PRIMARY KEY,
    seq           BIGINT       NOT NULL,
    hash          VARCHAR(64)  NOT NULL
);

INSERT INTO audit_head (id, seq, hash) VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
