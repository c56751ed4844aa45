-- Credit management of cost-consulting firms: the register's registered cost engineers,
-- each firm's credit records with their history, its current score and grade, and the grade
-- changes. Portable SQL (SQLite and PostgreSQL). Points and scores are kept as integer hundredths;
-- dates as 'yyyy-MM-dd' text, instants as ISO 8601 text with offset (Times).

CREATE TABLE firm_engineers (
    credit_code   VARCHAR(18)  NOT NULL REFERENCES firms (credit_code),
    registration_number VARCHAR(40) NOT NULL,
    name          TEXT         NOT NULL,
    PRIMARY KEY (credit_code, registration_number)
);

-- The firm's standing as last computed (on every change and by the nightly job) and the version
-- its grain writes against. The register and the C-grade gate read it without waking a grain.
CREATE TABLE firm_credit (
    credit_code   VARCHAR(18)  NOT NULL PRIMARY KEY REFERENCES firms (credit_code),
    score_hundredths BIGINT       NOT NULL,
    grade         VARCHAR(8)   NOT NULL,
    computed_on   VARCHAR(10)  NOT NULL,
    row_version   BIGINT       NOT NULL
);

CREATE TABLE credit_records (
    credit_code   VARCHAR(18)  NOT NULL REFERENCES firms (credit_code),
    record_no     BIGINT       NOT NULL,
    rule_code     VARCHAR(16)  NOT NULL,
    kind          VARCHAR(8)   NOT NULL,
    points_hundredths BIGINT       NOT NULL,
    is_public     BIGINT       NOT NULL,
    occurred_on   VARCHAR(10)  NOT NULL,
    starts_on     VARCHAR(10)  NOT NULL,
    expires_on    VARCHAR(10)  NOT NULL,
    status        VARCHAR(16)  NOT NULL,
    event_id      VARCHAR(120) NULL,
    recorded_at   TEXT         NOT NULL,
    record_json   TEXT         NOT NULL,
    PRIMARY KEY (credit_code, record_no),
    UNIQUE (credit_code, event_id)
);

CREATE INDEX ix_credit_records_expires ON credit_records (expires_on);
CREATE INDEX ix_credit_records_status ON credit_records (status);

-- Every change of a record (recorded, appealed, upheld, revoked, expired), never updated.
CREATE TABLE credit_record_history (
    credit_code   VARCHAR(18)  NOT NULL,
    record_no     BIGINT       NOT NULL,
    seq           BIGINT       NOT NULL,
    action        VARCHAR(16)  NOT NULL,
    at            TEXT         NOT NULL,
    by_user       VARCHAR(64)  NOT NULL,
    note          TEXT         NULL,
    PRIMARY KEY (credit_code, record_no, seq),
    FOREIGN KEY (credit_code, record_no) REFERENCES credit_records (credit_code, record_no)
);

CREATE TABLE credit_grade_history (
    credit_code   VARCHAR(18)  NOT NULL REFERENCES firms (credit_code),
    seq           BIGINT       NOT NULL,
    changed_on    VARCHAR(10)  NOT NULL,
    changed_at    TEXT         NOT NULL,
    from_grade    VARCHAR(8)   NULL,
    to_grade      VARCHAR(8)   NOT NULL,
    score_hundredths BIGINT       NOT NULL,
    PRIMARY KEY (credit_code, seq)
);

CREATE INDEX ix_credit_grade_history_changed ON credit_grade_history (changed_at);
