-- The main materials of each ceiling-price version against the month's information prices (信息价): the
-- tender's region and month, the band and every row with what became of it, as one JSON document. NULL for
-- versions whose bill has no main-materials table (and for versions stored before the check existed).
-- Portable SQL: the same text runs on SQLite and PostgreSQL.

ALTER TABLE tender_versions ADD COLUMN materials_json TEXT NULL;
