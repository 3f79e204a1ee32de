-- Value data, tiers and one-to-one records (issue 3). Identical in every tenant schema.

-- The tenant's small catalog of products and services; typical daily usage feeds run-out forecasts.
CREATE TABLE product (
    id            CHAR(36)      NOT NULL PRIMARY KEY,
    name          VARCHAR(120)  NOT NULL,
    unit          VARCHAR(20)   NOT NULL,
    typical_daily_usage DECIMAL(14,4) NULL,
    version       BIGINT        NOT NULL,
    created_at    DATETIME(3)   NOT NULL,
    UNIQUE KEY uq_product_name (name)
);

CREATE TABLE purchase (
    id           CHAR(36)      NOT NULL PRIMARY KEY,
    client_id    CHAR(36)      NOT NULL,
    product_id   CHAR(36)      NOT NULL,
    purchased_on DATE          NOT NULL,
    quantity     DECIMAL(14,3) NOT NULL,
    unit         VARCHAR(20)   NOT NULL,
    amount       DECIMAL(14,2) NOT NULL,
    margin       DECIMAL(14,2) NOT NULL,
    channel      VARCHAR(40)   NULL,
    -- set for imported rows: a digest of the row and its occurrence in the file, so a re-import adds nothing
    import_key   CHAR(64)      NULL,
    created_at   DATETIME(3)   NOT NULL,
    created_by   VARCHAR(100)  NOT NULL,
    CONSTRAINT fk_purchase_client FOREIGN KEY (client_id) REFERENCES client (id) ON DELETE CASCADE,
    CONSTRAINT fk_purchase_product FOREIGN KEY (product_id) REFERENCES product (id),
    UNIQUE KEY uq_purchase_import (import_key),
    INDEX ix_purchase_client_date (client_id, purchased_on),
    INDEX ix_purchase_date (purchased_on)
);

-- One row: how this tenant classifies clients and how far ahead it plans replenishment.
CREATE TABLE tier_settings (
    id                  TINYINT      NOT NULL PRIMARY KEY,
    method              VARCHAR(20)  NOT NULL,
    measure             VARCHAR(20)  NOT NULL,
    replenishment_days  INT          NOT NULL,
    last_run_at         DATETIME(3)  NULL,
    version             BIGINT       NOT NULL
);
INSERT INTO tier_settings (id, method, measure, replenishment_days, version) VALUES (1, 'THRESHOLD', 'REVENUE', 7, 0);

-- Ordered tiers (rank 1 is the most valuable) with their rule parameter and entitlements.
CREATE TABLE tier (
    id                CHAR(36)      NOT NULL PRIMARY KEY,
    tier_rank         INT           NOT NULL,
    name_en           VARCHAR(60)   NOT NULL,
    name_zh_cn        VARCHAR(60)   NOT NULL,
    name_zh_tw        VARCHAR(60)   NOT NULL,
    colour            CHAR(7)       NOT NULL,
    min_value         DECIMAL(14,2) NULL,
    cumulative_share  DECIMAL(5,2)  NULL,
    min_rfm_score     INT           NULL,
    care_cadence_days INT           NOT NULL,
    response_hours    INT           NOT NULL,
    owner_roles       VARCHAR(120)  NOT NULL,
    promise           VARCHAR(500)  NULL,
    UNIQUE KEY uq_tier_rank (tier_rank)
);

-- Each client's current tier and its pin (a hand-set tier that the automatic run leaves alone until it expires).
CREATE TABLE client_tier (
    client_id    CHAR(36)     NOT NULL PRIMARY KEY,
    tier_id      CHAR(36)     NULL,
    since        DATETIME(3)  NOT NULL,
    pinned       BOOLEAN      NOT NULL,
    pin_reason   VARCHAR(500) NULL,
    pin_until    DATE         NULL,
    pinned_by    VARCHAR(100) NULL,
    CONSTRAINT fk_client_tier_client FOREIGN KEY (client_id) REFERENCES client (id) ON DELETE CASCADE,
    INDEX ix_client_tier_tier (tier_id)
);

CREATE TABLE tier_change (
    id           CHAR(36)     NOT NULL PRIMARY KEY,
    client_id    CHAR(36)     NOT NULL,
    from_tier_id CHAR(36)     NULL,
    to_tier_id   CHAR(36)     NULL,
    at           DATETIME(3)  NOT NULL,
    method       VARCHAR(20)  NOT NULL,
    reason       VARCHAR(500) NOT NULL,
    figures      TEXT         NOT NULL,
    actor        VARCHAR(100) NOT NULL,
    -- insertion order: orders changes of the same instant (Connector/J drops milliseconds against MariaDB 10.11)
    seq          BIGINT       NOT NULL AUTO_INCREMENT UNIQUE,
    CONSTRAINT fk_tier_change_client FOREIGN KEY (client_id) REFERENCES client (id) ON DELETE CASCADE,
    INDEX ix_tier_change_client (client_id, at)
);

-- Identify: typed profile facts by category.
CREATE TABLE profile_fact (
    id          CHAR(36)     NOT NULL PRIMARY KEY,
    client_id   CHAR(36)     NOT NULL,
    category    VARCHAR(20)  NOT NULL,
    label       VARCHAR(100) NOT NULL,
    value_type  VARCHAR(10)  NOT NULL,
    fact_value  VARCHAR(500) NOT NULL,
    recorded_by VARCHAR(100) NOT NULL,
    recorded_at DATETIME(3)  NOT NULL,
    CONSTRAINT fk_fact_client FOREIGN KEY (client_id) REFERENCES client (id) ON DELETE CASCADE,
    INDEX ix_fact_client (client_id)
);

-- Differentiate: stated and observed needs.
CREATE TABLE client_need (
    id          CHAR(36)     NOT NULL PRIMARY KEY,
    client_id   CHAR(36)     NOT NULL,
    origin      VARCHAR(10)  NOT NULL,
    description VARCHAR(500) NOT NULL,
    status      VARCHAR(10)  NOT NULL,
    recorded_by VARCHAR(100) NOT NULL,
    recorded_at DATETIME(3)  NOT NULL,
    updated_at  DATETIME(3)  NOT NULL,
    CONSTRAINT fk_need_client FOREIGN KEY (client_id) REFERENCES client (id) ON DELETE CASCADE,
    INDEX ix_need_client (client_id)
);

-- Interact: the dialogue, both directions.
CREATE TABLE interaction (
    id          CHAR(36)      NOT NULL PRIMARY KEY,
    client_id   CHAR(36)      NOT NULL,
    direction   VARCHAR(10)   NOT NULL,
    channel     VARCHAR(20)   NOT NULL,
    at          DATETIME(3)   NOT NULL,
    who         VARCHAR(100)  NOT NULL,
    summary     VARCHAR(1000) NOT NULL,
    response    VARCHAR(1000) NULL,
    recorded_by VARCHAR(100)  NOT NULL,
    seq         BIGINT        NOT NULL AUTO_INCREMENT UNIQUE,
    CONSTRAINT fk_interaction_client FOREIGN KEY (client_id) REFERENCES client (id) ON DELETE CASCADE,
    INDEX ix_interaction_client (client_id, at)
);

-- Customise: tailored offers and the client's answer.
CREATE TABLE offer (
    id          CHAR(36)     NOT NULL PRIMARY KEY,
    client_id   CHAR(36)     NOT NULL,
    kind        VARCHAR(60)  NOT NULL,
    what        VARCHAR(300) NOT NULL,
    why         VARCHAR(500) NOT NULL,
    valid_until DATE         NOT NULL,
    status      VARCHAR(10)  NOT NULL,
    response    VARCHAR(500) NULL,
    proposed_by VARCHAR(100) NOT NULL,
    proposed_at DATETIME(3)  NOT NULL,
    decided_at  DATETIME(3)  NULL,
    CONSTRAINT fk_offer_client FOREIGN KEY (client_id) REFERENCES client (id) ON DELETE CASCADE,
    INDEX ix_offer_client (client_id),
    INDEX ix_offer_kind (kind)
);

-- A rate of use entered by hand; it wins over the rate learned from purchases.
CREATE TABLE consumption_rate (
    client_id  CHAR(36)      NOT NULL,
    product_id CHAR(36)      NOT NULL,
    daily_rate DECIMAL(14,4) NOT NULL,
    set_by     VARCHAR(100)  NOT NULL,
    set_at     DATETIME(3)   NOT NULL,
    PRIMARY KEY (client_id, product_id),
    CONSTRAINT fk_rate_client FOREIGN KEY (client_id) REFERENCES client (id) ON DELETE CASCADE,
    CONSTRAINT fk_rate_product FOREIGN KEY (product_id) REFERENCES product (id) ON DELETE CASCADE
);
