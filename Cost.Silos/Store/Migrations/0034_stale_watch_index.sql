-- The stale-price alarm reads the filed versions not yet locked by a bid opening that have a main-materials check.
-- Opened tenders are nearly all of a city's history; this partial index holds only the others, so that the watch's
-- read at each publication follows the tenders open at the time, not the years filed. Portable SQL (partial indexes
-- are in PostgreSQL and SQLite alike).

CREATE INDEX ix_tender_versions_unlocked ON tender_versions (tender_code, version) WHERE locked_at IS NULL AND materials_json IS NOT NULL;
