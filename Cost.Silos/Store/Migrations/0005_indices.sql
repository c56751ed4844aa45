-- Published cost indices (GB/T 51290-2018), computed when a price period is published. Each value
-- is kept with its base period, so that rebasing adds rows under the new base and keeps history.
-- Values are decimal text (exact on every store), unrounded to 6 decimals; pages round for display.

CREATE TABLE price_indices (
    region        VARCHAR(12)  NOT NULL,
    period        VARCHAR(7)   NOT NULL,
    base_period   VARCHAR(7)   NOT NULL,
    index_code    VARCHAR(40)  NOT NULL,
    name          TEXT         NOT NULL,
    kind          VARCHAR(16)  NOT NULL,
    sort_order    BIGINT       NOT NULL,
    fixed_base    TEXT         NOT NULL,
    chained       TEXT         NULL,
    year_on_year  TEXT         NULL,
    contributions_json TEXT    NOT NULL,
    price_revision BIGINT       NOT NULL,
    computed_at   TEXT         NOT NULL,
    PRIMARY KEY (region, period, base_period, index_code)
);

CREATE INDEX ix_price_indices_series ON price_indices (region, base_period, index_code);
