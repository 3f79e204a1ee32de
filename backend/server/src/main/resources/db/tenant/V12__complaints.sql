-- Complaints and service recovery (issue 15): departments, the complaint with its eight steps, the recovery
-- checklist and the history of every step taken. Identical in every tenant schema.

-- A department complaints are assigned to: its lead approves remedies; its members analyse and propose them.
CREATE TABLE department (
    id          CHAR(36)     NOT NULL PRIMARY KEY,
    name        VARCHAR(100) NOT NULL,
    lead_member VARCHAR(100) NOT NULL,
    members     TEXT         NOT NULL,
    version     BIGINT       NOT NULL,
    created_at  DATETIME(3)  NOT NULL,
    created_by  VARCHAR(100) NOT NULL,
    CONSTRAINT uq_department_name UNIQUE (name)
);

-- One complaint; status is where it stands in the eight steps; number is its reference for people ("C-42").
CREATE TABLE complaint (
    id                 CHAR(36)      NOT NULL PRIMARY KEY,
    number             BIGINT        NOT NULL AUTO_INCREMENT UNIQUE,
    client_id          CHAR(36)      NOT NULL,
    contact_id         CHAR(36)      NULL,
    channel            VARCHAR(20)   NOT NULL,
    severity           VARCHAR(10)   NOT NULL,
    what_happened      VARCHAR(2000) NOT NULL,
    client_asks        VARCHAR(1000) NULL,
    product_id         CHAR(36)      NULL,
    blueprint_step_id  CHAR(36)      NULL,
    touchpoint_id      CHAR(36)      NULL,
    status             VARCHAR(20)   NOT NULL,
    owner              VARCHAR(100)  NOT NULL,
    upheld             BOOLEAN       NULL,
    verdict_reason     VARCHAR(1000) NULL,
    department_id      CHAR(36)      NULL,
    causes             VARCHAR(300)  NULL,
    cause_notes        VARCHAR(2000) NULL,
    remedy             VARCHAR(2000) NULL,
    remedy_by          VARCHAR(100)  NULL,
    decided_by         VARCHAR(100)  NULL,
    responsible        VARCHAR(200)  NULL,
    consequence        VARCHAR(1000) NULL,
    notice             VARCHAR(1000) NULL,
    satisfied          BOOLEAN       NULL,
    feedback           VARCHAR(1000) NULL,
    lessons            VARCHAR(2000) NULL,
    systemic           BOOLEAN       NULL,
    received_at        DATETIME(3)   NOT NULL,
    received_by        VARCHAR(100)  NOT NULL,
    closed_at          DATETIME(3)   NULL,
    reopened           INT           NOT NULL,
    version            BIGINT        NOT NULL,
    CONSTRAINT fk_complaint_client FOREIGN KEY (client_id) REFERENCES client (id) ON DELETE CASCADE,
    CONSTRAINT fk_complaint_department FOREIGN KEY (department_id) REFERENCES department (id),
    CONSTRAINT fk_complaint_product FOREIGN KEY (product_id) REFERENCES product (id) ON DELETE SET NULL,
    INDEX ix_complaint_client (client_id, received_at),
    INDEX ix_complaint_status (status, received_at),
    INDEX ix_complaint_department (department_id, status),
    INDEX ix_complaint_owner (owner, status)
);

-- The recovery checklist of a complaint: one row per item once it is done or waived (cleared on reopening).
CREATE TABLE complaint_recovery (
    id                  CHAR(36)      NOT NULL PRIMARY KEY,
    complaint_id        CHAR(36)      NOT NULL,
    item                VARCHAR(20)   NOT NULL,
    waived              BOOLEAN       NOT NULL,
    note                VARCHAR(1000) NULL,
    compensation_kind   VARCHAR(20)   NULL,
    compensation_value  DECIMAL(12,2) NULL,
    at                  DATETIME(3)   NOT NULL,
    by_member           VARCHAR(100)  NOT NULL,
    CONSTRAINT fk_recovery_complaint FOREIGN KEY (complaint_id) REFERENCES complaint (id) ON DELETE CASCADE,
    CONSTRAINT uq_recovery_item UNIQUE (complaint_id, item)
);

-- Every step taken, item ticked and reopening, in order: the complaint's history and the client's timeline.
CREATE TABLE complaint_event (
    id            CHAR(36)      NOT NULL PRIMARY KEY,
    complaint_id  CHAR(36)      NOT NULL,
    client_id     CHAR(36)      NOT NULL,
    kind          VARCHAR(20)   NOT NULL,
    from_status   VARCHAR(20)   NULL,
    to_status     VARCHAR(20)   NOT NULL,
    note          VARCHAR(2000) NULL,
    args          TEXT          NOT NULL,
    at            DATETIME(3)   NOT NULL,
    actor         VARCHAR(100)  NOT NULL,
    seq           BIGINT        NOT NULL AUTO_INCREMENT UNIQUE,
    CONSTRAINT fk_event_complaint FOREIGN KEY (complaint_id) REFERENCES complaint (id) ON DELETE CASCADE,
    INDEX ix_complaint_event (complaint_id, seq),
    INDEX ix_complaint_event_client (client_id, at)
);
