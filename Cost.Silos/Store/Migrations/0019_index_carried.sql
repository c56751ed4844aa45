-- How many resources of an index carried an earlier month's price that month and were left out of its relatives.
ALTER TABLE price_indices ADD COLUMN carried BIGINT NOT NULL DEFAULT 0;
