-- The tenant catalog: which tenants exist, where their schema lives and how far it is migrated.
CREATE TABLE tenant (
    id                    CHAR(36)      NOT NULL PRIMARY KEY,
    slug                  VARCHAR(40)   NOT NULL,
    display_name          VARCHAR(120)  NOT NULL,
    schema_name           VARCHAR(43)   NOT NULL,
    status                VARCHAR(16)   NOT NULL,
    schema_version        VARCHAR(20)   NULL,
    last_migration_at     DATETIME(3)   NULL,
    last_migration_result VARCHAR(1000) NULL,
    placement             VARCHAR(40)   NOT NULL,
    admin_email           VARCHAR(254)  NULL,
    created_at            DATETIME(3)   NOT NULL,
    updated_at            DATETIME(3)   NOT NULL,
    CONSTRAINT uq_tenant_slug UNIQUE (slug),
    CONSTRAINT uq_tenant_schema UNIQUE (schema_name)
);

-- One row per run of the tenant migration job.
CREATE TABLE migration_run (
    id             CHAR(36)    NOT NULL PRIMARY KEY,
    state          VARCHAR(16) NOT NULL,
    workers        INT         NOT NULL,
    tenants        INT         NOT NULL,
    migrated       INT         NOT NULL,
    skipped        INT         NOT NULL,
    failed         INT         NOT NULL,
    target_version VARCHAR(20) NOT NULL,
    started_at     DATETIME(3) NOT NULL,
    finished_at    DATETIME(3) NULL
);

-- What operators did to tenants (who, when, what, before/after).
CREATE TABLE operator_audit (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    at          DATETIME(3)  NOT NULL,
    actor       VARCHAR(100) NOT NULL,
    action      VARCHAR(40)  NOT NULL,
    tenant_slug VARCHAR(40)  NOT NULL,
    before_json TEXT         NULL,
    after_json  TEXT         NULL,
    INDEX ix_operator_audit_tenant (tenant_slug, at)
);
