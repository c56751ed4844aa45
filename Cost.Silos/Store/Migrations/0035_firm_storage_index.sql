-- An upload first checks its firm's quota: the firm's stored versions and their bytes. stored_bytes came last to
-- tender_versions, after the bill's JSON, so reading it from the table crossed every version's whole JSON (SQLite keeps
-- a long row's end on overflow pages): the check grew with everything the firm ever stored (131 → 410 ms for an upload
-- at 10 → 1,000 filed tenders of one firm). This index holds what the check reads, so it never touches the rows.
-- Portable SQL.

CREATE INDEX ix_tender_versions_stored ON tender_versions (tender_code, stored_bytes);
