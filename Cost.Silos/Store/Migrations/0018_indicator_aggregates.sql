-- Aggregates maintained at filing, so that the upload's unit-rate check and the cost indicators never read
-- the filed bills back: a histogram of filed unit rates per 9-digit item code, unit and project type (buckets:
-- a JSON object of 1 % rate bucket → line count, rates at the index base period's prices), the composite index
-- each tender's share entered at, and each filed tender's indicator values. Both follow each tender's latest
-- filed version: a filing or revision takes the previous version's share out and puts the new one in, an
-- award replaces the tender's values, in the transaction of the change. aggregate_state marks a store whose
-- aggregates were built from its filings (a store filed before these tables existed is built once at start,
-- and `rebuild aggregates` builds them anew).

CREATE TABLE filed_rate_histograms (
    item_code    VARCHAR(9)   NOT NULL,
    unit         VARCHAR(20)  NOT NULL,
    project_type VARCHAR(40)  NOT NULL,
    buckets      TEXT         NOT NULL,
    PRIMARY KEY (item_code, unit, project_type)
);

CREATE TABLE filed_rate_levels (
    tender_code     VARCHAR(40)      NOT NULL PRIMARY KEY REFERENCES tender_projects (tender_code),
    index_at_filing DOUBLE PRECISION NOT NULL
);

CREATE TABLE indicator_values (
    tender_code   VARCHAR(40)  NOT NULL REFERENCES tender_projects (tender_code),
    measure_code  VARCHAR(120) NOT NULL,
    measure_name  TEXT         NOT NULL,
    measure_unit  TEXT         NOT NULL,
    measure_group TEXT         NOT NULL,
    is_money      INTEGER      NOT NULL,
    project_type  VARCHAR(40)  NOT NULL,
    region        VARCHAR(12)  NOT NULL,
    filed_month   CHAR(7)      NOT NULL,
    value         DOUBLE PRECISION NOT NULL,
    PRIMARY KEY (tender_code, measure_code)
);

CREATE INDEX indicator_values_scope ON indicator_values (region, filed_month);

CREATE TABLE aggregate_state (
    name       VARCHAR(40) NOT NULL PRIMARY KEY,
    built_at   TEXT        NOT NULL
);
