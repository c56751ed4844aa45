-- What each tender's latest filed bill consumes per catalogued resource (from its checked main-materials table),
-- so that the price indices weigh a category by the filed bills' typical consumption.
CREATE TABLE filed_material_use (
    tender_code TEXT NOT NULL,
    category TEXT NOT NULL,
    resource_code TEXT NOT NULL,
    spec TEXT NOT NULL,
    used_value DOUBLE PRECISION NOT NULL,
    PRIMARY KEY (tender_code, resource_code, spec)
);

CREATE INDEX ix_filed_material_use_category ON filed_material_use (category);

-- How many filed bills an elementary index's weights came from (0: the configured typical consumption).
ALTER TABLE price_indices ADD COLUMN weight_bills BIGINT NOT NULL DEFAULT 0;
