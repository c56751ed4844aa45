-- Stale-price alarms: a filed, not yet opened tender whose main materials moved beyond the threshold in a
-- month published after its base month. One row per tender version, region and month, so that a month
-- published again (a correction) never raises the same alarm twice; the push notice to the platform is
-- written in the same transaction as the row. alarm_json is the StaleAlarm (materials, estimate).

CREATE TABLE stale_price_alarms (
    tender_code VARCHAR(40)  NOT NULL REFERENCES tender_projects (tender_code),
    version     BIGINT       NOT NULL,
    region      VARCHAR(12)  NOT NULL,
    period      CHAR(7)      NOT NULL,
    raised_at   TEXT         NOT NULL,
    alarm_json  TEXT         NOT NULL,
    PRIMARY KEY (tender_code, version, region, period)
);
