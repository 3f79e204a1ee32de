-- Relationship lifecycle, strategies, care actions and touchpoints (issue 4). Identical in every tenant schema.

-- The member who owns the relationship with a client (an account manager's portfolio), with the role they had.
CREATE TABLE client_owner (
    client_id    CHAR(36)     NOT NULL PRIMARY KEY,
    owner        VARCHAR(100) NOT NULL,
    owner_role   VARCHAR(20)  NOT NULL,
    assigned_at  DATETIME(3)  NOT NULL,
    assigned_by  VARCHAR(100) NOT NULL,
    CONSTRAINT fk_client_owner_client FOREIGN KEY (client_id) REFERENCES client (id) ON DELETE CASCADE,
    INDEX ix_client_owner_owner (owner)
);

-- One row per client: its lifecycle stage since when.
CREATE TABLE relationship (
    client_id    CHAR(36)     NOT NULL PRIMARY KEY,
    stage        VARCHAR(20)  NOT NULL,
    stage_since  DATETIME(3)  NOT NULL,
    CONSTRAINT fk_relationship_client FOREIGN KEY (client_id) REFERENCES client (id) ON DELETE CASCADE,
    INDEX ix_relationship_stage (stage)
);
-- Clients that existed before this migration begin in EXPLORATION from the day they were registered.
INSERT INTO relationship (client_id, stage, stage_since)
    SELECT id, 'EXPLORATION', created_at FROM client;

CREATE TABLE stage_change (
    id            CHAR(36)     NOT NULL PRIMARY KEY,
    client_id     CHAR(36)     NOT NULL,
    from_stage    VARCHAR(20)  NULL,
    to_stage      VARCHAR(20)  NOT NULL,
    at            DATETIME(3)  NOT NULL,
    actor         VARCHAR(100) NOT NULL,
    reason        VARCHAR(500) NOT NULL,
    suggestion_id CHAR(36)     NULL,
    scheduled     INT          NOT NULL,
    cancelled     INT          NOT NULL,
    seq           BIGINT       NOT NULL AUTO_INCREMENT UNIQUE,
    CONSTRAINT fk_stage_change_client FOREIGN KEY (client_id) REFERENCES client (id) ON DELETE CASCADE,
    INDEX ix_stage_change_client (client_id, at),
    INDEX ix_stage_change_at (at)
);
INSERT INTO stage_change (id, client_id, from_stage, to_stage, at, actor, reason, suggestion_id, scheduled, cancelled)
    SELECT UUID(), id, NULL, 'EXPLORATION', created_at, created_by, 'client registered', NULL, 0, 0 FROM client;

-- Suggestions computed from signals; at most one OPEN per client. signals holds the figures as JSON.
CREATE TABLE stage_suggestion (
    id              CHAR(36)     NOT NULL PRIMARY KEY,
    client_id       CHAR(36)     NOT NULL,
    from_stage      VARCHAR(20)  NOT NULL,
    to_stage        VARCHAR(20)  NOT NULL,
    signals         TEXT         NOT NULL,
    explanation     VARCHAR(1000) NOT NULL,
    computed_at     DATETIME(3)  NOT NULL,
    status          VARCHAR(20)  NOT NULL,
    decided_by      VARCHAR(100) NULL,
    decided_at      DATETIME(3)  NULL,
    decision_reason VARCHAR(500) NULL,
    CONSTRAINT fk_suggestion_client FOREIGN KEY (client_id) REFERENCES client (id) ON DELETE CASCADE,
    INDEX ix_suggestion_client (client_id, status),
    INDEX ix_suggestion_status (status)
);

-- Strategies: care action templates per stage, optionally refined per tier.
CREATE TABLE playbook_step (
    id            CHAR(36)      NOT NULL PRIMARY KEY,
    stage         VARCHAR(20)   NOT NULL,
    tier_id       CHAR(36)      NULL,
    kind          VARCHAR(30)   NOT NULL,
    title         VARCHAR(200)  NOT NULL,
    offset_days   INT           NULL,
    cadence_days  INT           NULL,
    aimed_level   VARCHAR(10)   NOT NULL,
    owner_role    VARCHAR(20)   NOT NULL,
    instructions  VARCHAR(1000) NULL,
    position      INT           NOT NULL,
    CONSTRAINT fk_playbook_tier FOREIGN KEY (tier_id) REFERENCES tier (id) ON DELETE CASCADE,
    INDEX ix_playbook_stage (stage, tier_id)
);

CREATE TABLE care_action (
    id              CHAR(36)      NOT NULL PRIMARY KEY,
    client_id       CHAR(36)      NOT NULL,
    kind            VARCHAR(30)   NOT NULL,
    title           VARCHAR(200)  NOT NULL,
    instructions    VARCHAR(1000) NULL,
    due_on          DATE          NOT NULL,
    owner           VARCHAR(100)  NULL,
    owner_role      VARCHAR(20)   NOT NULL,
    source          VARCHAR(20)   NOT NULL,
    source_ref      CHAR(36)      NULL,
    -- the stage whose playbook planned it (cancelled when the client leaves that stage)
    stage           VARCHAR(20)   NULL,
    -- a repeating action (playbook cadence, tier care cadence) plans its next one this many days after it closes
    repeat_days     INT           NULL,
    status          VARCHAR(20)   NOT NULL,
    aimed_level     VARCHAR(10)   NULL,
    delivered_level VARCHAR(10)   NULL,
    outcome         VARCHAR(1000) NULL,
    close_reason    VARCHAR(500)  NULL,
    closed_at       DATETIME(3)   NULL,
    closed_by       VARCHAR(100)  NULL,
    created_at      DATETIME(3)   NOT NULL,
    created_by      VARCHAR(100)  NOT NULL,
    seq             BIGINT        NOT NULL AUTO_INCREMENT UNIQUE,
    CONSTRAINT fk_care_action_client FOREIGN KEY (client_id) REFERENCES client (id) ON DELETE CASCADE,
    INDEX ix_care_client (client_id, status),
    INDEX ix_care_owner (owner, status, due_on),
    INDEX ix_care_open (status, due_on),
    INDEX ix_care_closed (closed_at)
);

-- Moments of truth logged by service staff.
CREATE TABLE touchpoint (
    id                 CHAR(36)      NOT NULL PRIMARY KEY,
    client_id          CHAR(36)      NOT NULL,
    channel            VARCHAR(20)   NOT NULL,
    at                 DATETIME(3)   NOT NULL,
    duration_minutes   INT           NULL,
    what               VARCHAR(2000) NOT NULL,
    rating             TINYINT       NULL,
    sentiment          VARCHAR(10)   NULL,
    service_level      VARCHAR(10)   NULL,
    contact_person     VARCHAR(200)  NULL,
    blueprint_step_id  CHAR(36)      NULL,
    follow_up_action_id CHAR(36)     NULL,
    recorded_by        VARCHAR(100)  NOT NULL,
    recorded_at        DATETIME(3)   NOT NULL,
    seq                BIGINT        NOT NULL AUTO_INCREMENT UNIQUE,
    CONSTRAINT fk_touchpoint_client FOREIGN KEY (client_id) REFERENCES client (id) ON DELETE CASCADE,
    INDEX ix_touchpoint_client (client_id, at),
    INDEX ix_touchpoint_step (blueprint_step_id, at)
);
