-- What each ceiling-price version takes in the store, in bytes (its bill, price, findings, materials and
-- signatories as stored JSON): the per-firm storage quota adds these up without reading the documents.
-- Written with the version; versions stored before are measured once here. Portable SQL (octet_length is
-- in PostgreSQL and in SQLite since 3.43).

ALTER TABLE tender_versions ADD COLUMN stored_bytes BIGINT NOT NULL DEFAULT 0;

UPDATE tender_versions SET stored_bytes = octet_length(boq_json) + octet_length(price_json) + octet_length(findings_json)
    + COALESCE(octet_length(materials_json), 0) + COALESCE(octet_length(signatories_json), 0);
