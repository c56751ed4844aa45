-- What the trading platform said of a tender it registered (lot, tenderee, agency, publication and bid deadline), as JSON;
-- null for a tender registered by hand.
ALTER TABLE tender_projects ADD COLUMN registration_json TEXT;
