-- The filing process: a submitted version the bureau returns (退回) keeps the reason, who returned it and when;
-- a filed version carries its filing number (备案号), and filing_number_counters holds the last sequence
-- number given in each year, taken in the same transaction as the filing so that a number is never given
-- twice nor reused. Versions filed before this migration have no number. Portable SQL.

ALTER TABLE tender_versions ADD COLUMN return_reason TEXT NULL;
ALTER TABLE tender_versions ADD COLUMN returned_by VARCHAR(100) NULL;
ALTER TABLE tender_versions ADD COLUMN returned_at TEXT NULL;
ALTER TABLE tender_versions ADD COLUMN filing_number VARCHAR(100) NULL;

CREATE TABLE filing_number_counters (
    year INTEGER NOT NULL PRIMARY KEY,
    last_seq INTEGER NOT NULL
);

CREATE UNIQUE INDEX ix_tender_versions_filing_number ON tender_versions (filing_number);
