-- Service levels (issue 15): a policy of milestone targets per tenant (scope 'tenant') and per tier (scope = the tier's
-- id), each save a new version kept for the complaints that started under it; a complaint's hold; the clock of each
-- milestone of each complaint as its events (started, paused, resumed, fulfilled, stopped), computed on read.
CREATE TABLE sla_policy (
    id          CHAR(36)     NOT NULL PRIMARY KEY,
    scope       VARCHAR(36)  NOT NULL,
    tier_id     CHAR(36)     NULL,
    version     BIGINT       NOT NULL,
    current     BOOLEAN      NOT NULL,
    targets     TEXT         NOT NULL,
    created_at  DATETIME(3)  NOT NULL,
    created_by  VARCHAR(100) NOT NULL,
    CONSTRAINT uq_sla_version UNIQUE (scope, version),
    INDEX ix_sla_current (scope, current)
);

ALTER TABLE complaint ADD COLUMN sla_policy_id CHAR(36) NULL, ADD COLUMN hold_reason VARCHAR(30) NULL;

CREATE TABLE complaint_clock (
    id            CHAR(36)     NOT NULL PRIMARY KEY,
    complaint_id  CHAR(36)     NOT NULL,
    milestone     VARCHAR(30)  NOT NULL,
    kind          VARCHAR(20)  NOT NULL,
    at            DATETIME(3)  NOT NULL,
    seq           BIGINT       NOT NULL AUTO_INCREMENT UNIQUE,
    CONSTRAINT fk_clock_complaint FOREIGN KEY (complaint_id) REFERENCES complaint (id) ON DELETE CASCADE,
    INDEX ix_complaint_clock (complaint_id, seq)
);
