-- Price information: survey uploads and their observations, the monthly period workflow, the
-- drafts the bureau reviews, and the published information prices by revision. Prices are decimal
-- text (exact on every store); instants are ISO 8601 text.

CREATE TABLE price_uploads (
    id            VARCHAR(40)  NOT NULL PRIMARY KEY,
    region        VARCHAR(12)  NOT NULL,
    period        VARCHAR(7)   NOT NULL,
    file_sha256   VARCHAR(64)  NOT NULL,
    file_name     TEXT         NOT NULL,
    uploaded_by   VARCHAR(64)  NOT NULL,
    uploaded_at   TEXT         NOT NULL,
    accepted      BIGINT       NOT NULL,
    rejected      BIGINT       NOT NULL,
    UNIQUE (region, period, file_sha256)
);

CREATE TABLE price_observations (
    upload_id     VARCHAR(40)  NOT NULL REFERENCES price_uploads (id),
    source_row    BIGINT       NOT NULL,
    region        VARCHAR(12)  NOT NULL,
    period        VARCHAR(7)   NOT NULL,
    resource_code VARCHAR(8)   NOT NULL,
    spec          TEXT         NOT NULL,
    price_incl_tax TEXT        NOT NULL,
    vat_rate      TEXT         NOT NULL,
    quantity      TEXT         NULL,
    supplier      TEXT         NOT NULL,
    quoted_on     VARCHAR(10)  NOT NULL,
    PRIMARY KEY (upload_id, source_row)
);

CREATE INDEX ix_price_observations_period ON price_observations (region, period);

CREATE TABLE price_periods (
    region        VARCHAR(12)  NOT NULL,
    period        VARCHAR(7)   NOT NULL,
    status        VARCHAR(16)  NOT NULL,
    revision      BIGINT       NOT NULL,
    closed_at     TEXT         NULL,
    published_at  TEXT         NULL,
    row_version   BIGINT       NOT NULL,
    PRIMARY KEY (region, period)
);

-- The drafts of the period being reviewed: one row per series, replaced when the period is closed again.
CREATE TABLE price_drafts (
    region        VARCHAR(12)  NOT NULL,
    period        VARCHAR(7)   NOT NULL,
    resource_code VARCHAR(8)   NOT NULL,
    spec          TEXT         NOT NULL,
    draft_json    TEXT         NOT NULL,
    override_price TEXT        NULL,
    override_reason TEXT       NULL,
    override_by   VARCHAR(64)  NULL,
    override_at   TEXT         NULL,
    PRIMARY KEY (region, period, resource_code, spec)
);

-- Published information prices; a correction is a new revision, earlier ones stay readable.
CREATE TABLE info_prices (
    region        VARCHAR(12)  NOT NULL,
    period        VARCHAR(7)   NOT NULL,
    revision      BIGINT       NOT NULL,
    resource_code VARCHAR(8)   NOT NULL,
    spec          TEXT         NOT NULL,
    name          TEXT         NOT NULL,
    unit          VARCHAR(16)  NOT NULL,
    category      TEXT         NOT NULL,
    price_incl_tax TEXT        NOT NULL,
    price_excl_tax TEXT        NOT NULL,
    vat_rate      TEXT         NOT NULL,
    observations  BIGINT       NOT NULL,
    carried       BIGINT       NOT NULL,
    overridden    BIGINT       NOT NULL,
    PRIMARY KEY (region, period, revision, resource_code, spec)
);

CREATE INDEX ix_info_prices_series ON info_prices (region, resource_code, spec);

CREATE TABLE price_revisions (
    region        VARCHAR(12)  NOT NULL,
    period        VARCHAR(7)   NOT NULL,
    revision      BIGINT       NOT NULL,
    published_at  TEXT         NOT NULL,
    published_by  VARCHAR(64)  NOT NULL,
    notice_json   TEXT         NOT NULL,
    PRIMARY KEY (region, period, revision)
);
