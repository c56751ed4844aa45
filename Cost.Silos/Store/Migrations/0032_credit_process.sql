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
-- (SHA-256, hex) within the file they belong to (holder: the firm's credit code, or the engineer's registration number):
-- the record's JSON names them. Written in the transaction that records the statement or the application, so a refused
-- one leaves nothing behind.
CREATE TABLE credit_attachments (
    holder        VARCHAR(40)  NOT NULL,
    sha256        VARCHAR(64)  NOT NULL,
    content_type  VARCHAR(100) NOT NULL,
    content       BYTEA        NOT NULL,
    PRIMARY KEY (holder, sha256)
);

-- A registered cost engineer's own credit file (注册造价工程师的信用档案), kept under the registration number so that it
-- follows the engineer from firm to firm: the whole file as a JSON document, written optimistically on row_version.
CREATE TABLE engineer_credit (
    registration_number  VARCHAR(40)  NOT NULL PRIMARY KEY,
    file_json            TEXT         NOT NULL,
    row_version          BIGINT       NOT NULL,
    changed_at           TEXT         NOT NULL
);
