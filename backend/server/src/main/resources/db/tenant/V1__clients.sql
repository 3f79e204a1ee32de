-- Every tenant schema has this identical DDL. Custom fields go in rows or JSON, never per-tenant columns.
CREATE TABLE client (
    id         CHAR(36)     NOT NULL PRIMARY KEY,
    kind       VARCHAR(16)  NOT NULL,
    name       VARCHAR(200) NOT NULL,
    industry   VARCHAR(100) NULL,
    email      VARCHAR(254) NULL,
    phone      VARCHAR(40)  NULL,
    city       VARCHAR(100) NULL,
    website    VARCHAR(254) NULL,
    notes      TEXT         NULL,
    version    BIGINT       NOT NULL,
    created_at DATETIME(3)  NOT NULL,
    created_by VARCHAR(100) NOT NULL,
    updated_at DATETIME(3)  NOT NULL,
    updated_by VARCHAR(100) NOT NULL,
    INDEX ix_client_name (name),
    INDEX ix_client_updated (updated_at)
);

CREATE TABLE contact (
    id         CHAR(36)     NOT NULL PRIMARY KEY,
    client_id  CHAR(36)     NOT NULL,
    name       VARCHAR(200) NOT NULL,
    job_title  VARCHAR(100) NULL,
    email      VARCHAR(254) NULL,
    phone      VARCHAR(40)  NULL,
    is_primary BOOLEAN      NOT NULL,
    created_at DATETIME(3)  NOT NULL,
    CONSTRAINT fk_contact_client FOREIGN KEY (client_id) REFERENCES client (id) ON DELETE CASCADE,
    INDEX ix_contact_client (client_id)
);

-- Every write leaves a record: who, when, what, before and after (JSON).
CREATE TABLE audit_record (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    at          DATETIME(3)  NOT NULL,
    actor       VARCHAR(100) NOT NULL,
    action      VARCHAR(40)  NOT NULL,
    entity_type VARCHAR(40)  NOT NULL,
    entity_id   CHAR(36)     NOT NULL,
    before_json LONGTEXT     NULL,
    after_json  LONGTEXT     NULL,
    INDEX ix_audit_entity (entity_type, entity_id, at)
);
