-- The spine: firms, accounts, tender projects with their ceiling-price versions, the filing feed
-- and the exchange nonces. Portable SQL: the same text runs on SQLite and PostgreSQL. Money is
-- kept in JSON documents and as integer fen where the database has to compare or sum it.
-- Whole numbers are BIGINT everywhere: SQLite and PostgreSQL then both hand back 64-bit integers,
-- so one row shape reads either store. (On SQLite BIGINT and INTEGER have the same affinity.)

CREATE TABLE firms (
    credit_code   VARCHAR(18)  NOT NULL PRIMARY KEY,
    name          TEXT         NOT NULL,
    address       TEXT         NULL,
    legal_representative TEXT  NULL,
    contact       TEXT         NULL,
    created_at    TEXT         NOT NULL
);

CREATE TABLE users (
    user_name     VARCHAR(64)  NOT NULL PRIMARY KEY,
    display_name  TEXT         NOT NULL,
    password_hash TEXT         NOT NULL,
    role          VARCHAR(16)  NOT NULL,
    firm_credit_code VARCHAR(18) NULL REFERENCES firms (credit_code)
);

CREATE TABLE tender_projects (
    tender_code   VARCHAR(40)  NOT NULL PRIMARY KEY,
    name          TEXT         NOT NULL,
    region        VARCHAR(12)  NOT NULL,
    project_type  VARCHAR(40)  NOT NULL,
    building_area TEXT         NULL,
    rule_set      VARCHAR(32)  NOT NULL,
    firm_credit_code VARCHAR(18) NOT NULL REFERENCES firms (credit_code),
    created_by    VARCHAR(64)  NOT NULL,
    created_at    TEXT         NOT NULL,
    current_version BIGINT       NOT NULL,
    current_status VARCHAR(16) NOT NULL,
    row_version   BIGINT       NOT NULL
);

CREATE INDEX ix_tender_projects_firm ON tender_projects (firm_credit_code);
CREATE INDEX ix_tender_projects_status ON tender_projects (current_status);

CREATE TABLE tender_versions (
    tender_code   VARCHAR(40)  NOT NULL REFERENCES tender_projects (tender_code),
    version       BIGINT       NOT NULL,
    status        VARCHAR(16)  NOT NULL,
    file_name     TEXT         NOT NULL,
    file_sha256   VARCHAR(64)  NOT NULL,
    uploaded_by   VARCHAR(64)  NOT NULL,
    uploaded_at   TEXT         NOT NULL,
    submitted_at  TEXT         NULL,
    filed_at      TEXT         NULL,
    filed_by      VARCHAR(64)  NULL,
    line_count    BIGINT       NOT NULL,
    error_count   BIGINT       NOT NULL,
    total_fen     BIGINT       NOT NULL,
    price_json    TEXT         NOT NULL,
    findings_json TEXT         NOT NULL,
    boq_json      TEXT         NOT NULL,
    PRIMARY KEY (tender_code, version)
);

-- Every filed version once, in filing order: the exchange change feed reads it by seq.
CREATE TABLE filings (
    seq           BIGINT       NOT NULL PRIMARY KEY,
    tender_code   VARCHAR(40)  NOT NULL,
    version       BIGINT       NOT NULL,
    filed_at      TEXT         NOT NULL,
    UNIQUE (tender_code, version)
);

CREATE TABLE exchange_nonces (
    client_id     VARCHAR(64)  NOT NULL,
    nonce         VARCHAR(64)  NOT NULL,
    seen_at       BIGINT       NOT NULL,
    PRIMARY KEY (client_id, nonce)
);

CREATE INDEX ix_exchange_nonces_seen ON exchange_nonces (seen_at);
