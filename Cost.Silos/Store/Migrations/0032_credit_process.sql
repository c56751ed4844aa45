-- The working-day calendar (工作日历): the days that differ from "Monday to Friday", official holidays (kind 'holiday')
-- and the weekend days worked in their place ('workday'), kept by the bureau. Days are yyyy-MM-dd (Beijing).
CREATE TABLE calendar_days (
    day         VARCHAR(10)  NOT NULL PRIMARY KEY,
    kind        VARCHAR(10)  NOT NULL,
    name        VARCHAR(40)  NOT NULL,
    changed_by  VARCHAR(100) NOT NULL,
    changed_at  TEXT         NOT NULL
);

-- Files a firm hands in with a statement on a notified credit record or an application for repair, stored by content
-- (SHA-256, hex) within the firm: the record's JSON names them. Written in the transaction that records the statement
-- or the application, so a refused one leaves nothing behind.
CREATE TABLE credit_attachments (
    credit_code   VARCHAR(18)  NOT NULL,
    sha256        VARCHAR(64)  NOT NULL,
    content_type  VARCHAR(100) NOT NULL,
    content       BYTEA        NOT NULL,
    PRIMARY KEY (credit_code, sha256)
);
