-- Service blueprints and benchmarking targets (issue 5). Identical in every tenant schema.

CREATE TABLE blueprint (
    id           CHAR(36)      NOT NULL PRIMARY KEY,
    name         VARCHAR(200)  NOT NULL,
    description  VARCHAR(1000) NULL,
    created_at   DATETIME(3)   NOT NULL,
    created_by   VARCHAR(100)  NOT NULL,
    CONSTRAINT uq_blueprint_name UNIQUE (name)
);

-- DRAFT (editable, at most one per blueprint) -> PUBLISHED (immutable, at most one) -> RETIRED.
CREATE TABLE blueprint_version (
    id            CHAR(36)     NOT NULL PRIMARY KEY,
    blueprint_id  CHAR(36)     NOT NULL,
    number        INT          NOT NULL,
    status        VARCHAR(20)  NOT NULL,
    created_at    DATETIME(3)  NOT NULL,
    created_by    VARCHAR(100) NOT NULL,
    published_at  DATETIME(3)  NULL,
    published_by  VARCHAR(100) NULL,
    retired_at    DATETIME(3)  NULL,
    retired_by    VARCHAR(100) NULL,
    CONSTRAINT fk_version_blueprint FOREIGN KEY (blueprint_id) REFERENCES blueprint (id) ON DELETE CASCADE,
    CONSTRAINT uq_version_number UNIQUE (blueprint_id, number)
);

-- A step sits in a lane at a column (its place along the process). lineage_id is the id of the step it was first
-- copied from, so a step keeps its identity across versions (benchmark targets measure the lineage).
CREATE TABLE blueprint_step (
    id              CHAR(36)      NOT NULL PRIMARY KEY,
    version_id      CHAR(36)      NOT NULL,
    lineage_id      CHAR(36)      NOT NULL,
    lane            VARCHAR(20)   NOT NULL,
    col             INT           NOT NULL,
    name            VARCHAR(120)  NOT NULL,
    description     VARCHAR(1000) NULL,
    owner_role      VARCHAR(20)   NULL,
    target_minutes  INT           NULL,
    quality_rule    VARCHAR(500)  NULL,
    fail_point      BOOLEAN       NOT NULL,
    touchpoint      BOOLEAN       NOT NULL,
    CONSTRAINT fk_step_version FOREIGN KEY (version_id) REFERENCES blueprint_version (id) ON DELETE CASCADE,
    CONSTRAINT uq_step_cell UNIQUE (version_id, lane, col),
    INDEX ix_step_lineage (lineage_id)
);

CREATE TABLE blueprint_flow (
    id            CHAR(36) NOT NULL PRIMARY KEY,
    version_id    CHAR(36) NOT NULL,
    from_step_id  CHAR(36) NOT NULL,
    to_step_id    CHAR(36) NOT NULL,
    CONSTRAINT fk_flow_version FOREIGN KEY (version_id) REFERENCES blueprint_version (id) ON DELETE CASCADE,
    CONSTRAINT fk_flow_from FOREIGN KEY (from_step_id) REFERENCES blueprint_step (id) ON DELETE CASCADE,
    CONSTRAINT fk_flow_to FOREIGN KEY (to_step_id) REFERENCES blueprint_step (id) ON DELETE CASCADE,
    CONSTRAINT uq_flow UNIQUE (from_step_id, to_step_id)
);

-- metric_source MANUAL takes measurements by hand; the others are computed from Rapport's own data.
CREATE TABLE benchmark_target (
    id                CHAR(36)      NOT NULL PRIMARY KEY,
    metric            VARCHAR(200)  NOT NULL,
    metric_source     VARCHAR(30)   NOT NULL,
    step_lineage_id   CHAR(36)      NULL,
    dimension         VARCHAR(20)   NOT NULL,
    unit              VARCHAR(30)   NOT NULL,
    direction         VARCHAR(20)   NOT NULL,
    baseline_value    DECIMAL(14,4) NOT NULL,
    baseline_on       DATE          NOT NULL,
    competitor_name   VARCHAR(200)  NULL,
    competitor_value  DECIMAL(14,4) NULL,
    competitor_source VARCHAR(500)  NULL,
    target_value      DECIMAL(14,4) NOT NULL,
    due_on            DATE          NOT NULL,
    owner             VARCHAR(100)  NOT NULL,
    created_at        DATETIME(3)   NOT NULL,
    created_by        VARCHAR(100)  NOT NULL,
    INDEX ix_target_dimension (dimension)
);

-- One measurement per target and day: a later one of the same day replaces it.
CREATE TABLE benchmark_measurement (
    id           CHAR(36)      NOT NULL PRIMARY KEY,
    target_id    CHAR(36)      NOT NULL,
    measured_on  DATE          NOT NULL,
    value        DECIMAL(14,4) NOT NULL,
    sample_size  INT           NULL,
    computed     BOOLEAN       NOT NULL,
    note         VARCHAR(500)  NULL,
    recorded_by  VARCHAR(100)  NOT NULL,
    recorded_at  DATETIME(3)   NOT NULL,
    CONSTRAINT fk_measurement_target FOREIGN KEY (target_id) REFERENCES benchmark_target (id) ON DELETE CASCADE,
    CONSTRAINT uq_measurement_day UNIQUE (target_id, measured_on)
);
