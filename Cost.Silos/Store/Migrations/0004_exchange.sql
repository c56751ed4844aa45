-- Exchange with the trading platform: publication and lock dates of ceiling-price
-- versions, idempotent platform requests, bid openings, awards, complaints and their reviews,
-- and the event log that feeds push notices (outbox) and the OCDS release feed. Portable SQL.

ALTER TABLE tender_versions ADD COLUMN published_at TEXT NULL;
ALTER TABLE tender_versions ADD COLUMN locked_at TEXT NULL;
ALTER TABLE tender_versions ADD COLUMN revision_for VARCHAR(40) NULL;

-- One row per (client, Idempotency-Key): the request it was first used with and the answer given,
-- written in the same transaction as what the request stored.
CREATE TABLE exchange_idempotency (
    client_id       VARCHAR(64)  NOT NULL,
    idempotency_key VARCHAR(100) NOT NULL,
    request_path    TEXT         NOT NULL,
    body_sha256     VARCHAR(64)  NOT NULL,
    status_code     BIGINT       NOT NULL,
    response_json   TEXT         NOT NULL,
    created_at      TEXT         NOT NULL,
    PRIMARY KEY (client_id, idempotency_key)
);

-- A tender is opened once: the primary key is the tender code.
CREATE TABLE bid_openings (
    tender_code     VARCHAR(40)  NOT NULL PRIMARY KEY REFERENCES tender_projects (tender_code),
    ceiling_version BIGINT       NOT NULL,
    ceiling_price   TEXT         NOT NULL,
    opened_at       TEXT         NOT NULL,
    bid_count       BIGINT       NOT NULL,
    bids_json       TEXT         NOT NULL,
    client_id       VARCHAR(64)  NOT NULL,
    idempotency_key VARCHAR(100) NOT NULL,
    recorded_at     TEXT         NOT NULL
);

-- Awards; price is decimal text in yuan. Award ratios for cost indicators = price / the filed
-- ceiling price of ceiling_version.
CREATE TABLE tender_awards (
    tender_code     VARCHAR(40)  NOT NULL PRIMARY KEY REFERENCES tender_projects (tender_code),
    winner_credit_code VARCHAR(18) NOT NULL,
    winner_name     TEXT         NOT NULL,
    price           TEXT         NOT NULL,
    awarded_at      TEXT         NOT NULL,
    ceiling_version BIGINT       NOT NULL,
    client_id       VARCHAR(64)  NOT NULL,
    idempotency_key VARCHAR(100) NOT NULL,
    recorded_at     TEXT         NOT NULL
);

-- Complaints against a published ceiling price (GB/T 50500-2013 §5.3) and their reviews.
CREATE TABLE complaints (
    id              VARCHAR(40)  NOT NULL PRIMARY KEY,
    tender_code     VARCHAR(40)  NOT NULL REFERENCES tender_projects (tender_code),
    version         BIGINT       NOT NULL,
    source          VARCHAR(16)  NOT NULL,
    complainant_name TEXT        NOT NULL,
    complainant_credit_code VARCHAR(18) NULL,
    reason          TEXT         NOT NULL,
    received_at     TEXT         NOT NULL,
    recorded_by     VARCHAR(64)  NOT NULL,
    status          VARCHAR(16)  NOT NULL,
    review_json     TEXT         NULL,
    review_file     TEXT         NULL,
    revised_version BIGINT       NULL,
    deadline_extension_days BIGINT       NULL,
    decided_at      TEXT         NULL,
    decided_by      VARCHAR(64)  NULL
);

CREATE INDEX ix_complaints_tender ON complaints (tender_code);

-- Every event the platform hears of, in one order (seq): filings and revisions, publications of
-- information prices, awards. Written in the transaction of the change itself; push = 1 events are
-- fanned out to each client's delivery below by the dispatcher.
CREATE TABLE exchange_events (
    seq             BIGINT       NOT NULL PRIMARY KEY,
    kind            VARCHAR(40)  NOT NULL,
    tender_code     VARCHAR(40)  NULL,
    version         BIGINT       NULL,
    occurred_at     TEXT         NOT NULL,
    payload_json    TEXT         NOT NULL,
    push            BIGINT       NOT NULL,
    fanned_out      BIGINT       NOT NULL
);

CREATE INDEX ix_exchange_events_fan ON exchange_events (push, fanned_out);

-- The outbox: one delivery per event and client, pending until the client answers 2xx.
CREATE TABLE exchange_deliveries (
    event_seq       BIGINT       NOT NULL REFERENCES exchange_events (seq),
    client_id       VARCHAR(64)  NOT NULL,
    push_url        TEXT         NOT NULL,
    attempts        BIGINT       NOT NULL,
    next_attempt_at BIGINT       NOT NULL,
    last_attempt_at TEXT         NULL,
    last_status     BIGINT       NULL,
    last_error      TEXT         NULL,
    delivered_at    TEXT         NULL,
    PRIMARY KEY (event_seq, client_id)
);

CREATE INDEX ix_exchange_deliveries_due ON exchange_deliveries (delivered_at, next_attempt_at);
