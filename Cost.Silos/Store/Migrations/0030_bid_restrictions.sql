-- Firms barred from bidding (限制投标名单), kept by the bureau instead of a file read at start-up: a bid opening reads the
-- restrictions in force at once. A restriction is never deleted: lifting it early records when, by whom and why.
-- Days are yyyy-MM-dd (Beijing), times ISO 8601 text.
CREATE TABLE bid_restrictions (
    id           BIGINT       NOT NULL PRIMARY KEY,
    credit_code  VARCHAR(18)  NOT NULL,
    name         TEXT         NOT NULL,
    reason       TEXT         NOT NULL,
    source       TEXT         NOT NULL,
    from_day     VARCHAR(10)  NOT NULL,
    until_day    VARCHAR(10)  NULL,
    added_by     VARCHAR(100) NOT NULL,
    added_at     TEXT         NOT NULL,
    lifted_at    TEXT         NULL,
    lifted_by    VARCHAR(100) NULL,
    lift_reason  TEXT         NULL
);

CREATE INDEX ix_bid_restrictions_credit_code ON bid_restrictions (credit_code);
