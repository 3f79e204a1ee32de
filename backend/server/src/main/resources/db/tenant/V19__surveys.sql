-- Surveys (issue 16): the instruments a tenant asks, each save a new version that answers keep; how it asks; the
-- invitations (a token stored only as its SHA-256 hash); the answers, saved once; the clients who opted out.
CREATE TABLE survey_instrument (
    id              CHAR(36)     NOT NULL PRIMARY KEY,
    name            VARCHAR(200) NOT NULL,
    name_zh_cn      VARCHAR(200) NULL,
    name_zh_tw      VARCHAR(200) NULL,
    current_version INT          NOT NULL,
    archived        BOOLEAN      NOT NULL,
    created_at      DATETIME(3)  NOT NULL,
    created_by      VARCHAR(100) NOT NULL,
    updated_at      DATETIME(3)  NOT NULL,
    updated_by      VARCHAR(100) NOT NULL,
    CONSTRAINT uq_survey_instrument_name UNIQUE (name)
);

CREATE TABLE survey_instrument_version (
    instrument_id CHAR(36)     NOT NULL,
    version       INT          NOT NULL,
    questions     LONGTEXT     NOT NULL,
    positive_from TINYINT      NOT NULL,
    saved_at      DATETIME(3)  NOT NULL,
    saved_by      VARCHAR(100) NOT NULL,
    PRIMARY KEY (instrument_id, version),
    CONSTRAINT fk_survey_version_instrument FOREIGN KEY (instrument_id) REFERENCES survey_instrument (id)
);

-- One row once an admin saved them; none: the defaults.
CREATE TABLE survey_settings (
    id               TINYINT      NOT NULL PRIMARY KEY,
    suppression_days INT          NOT NULL,
    expiry_days      INT          NOT NULL,
    follow_up_days   INT          NOT NULL,
    version          BIGINT       NOT NULL,
    updated_at       DATETIME(3)  NOT NULL,
    updated_by       VARCHAR(100) NOT NULL
);

CREATE TABLE survey_invitation (
    id                 CHAR(36)     NOT NULL PRIMARY KEY,
    token_hash         BINARY(32)   NOT NULL,
    instrument_id      CHAR(36)     NOT NULL,
    instrument_version INT          NOT NULL,
    client_id          CHAR(36)     NOT NULL,
    contact_id         CHAR(36)     NULL,
    language           VARCHAR(8)   NOT NULL,
    status             VARCHAR(16)  NOT NULL,
    trigger_kind       VARCHAR(24)  NOT NULL,
    trigger_ref        VARCHAR(64)  NULL,
    created_at         DATETIME(3)  NOT NULL,
    created_by         VARCHAR(100) NOT NULL,
    expires_at         DATETIME(3)  NOT NULL,
    answered_at        DATETIME(3)  NULL,
    closed_at          DATETIME(3)  NULL,
    closed_by          VARCHAR(100) NULL,
    CONSTRAINT uq_survey_invitation_token UNIQUE (token_hash),
    CONSTRAINT fk_survey_invitation_client FOREIGN KEY (client_id) REFERENCES client (id) ON DELETE CASCADE,
    CONSTRAINT fk_survey_invitation_version FOREIGN KEY (instrument_id, instrument_version)
        REFERENCES survey_instrument_version (instrument_id, version),
    INDEX ix_survey_invitation_client (client_id, created_at),
    INDEX ix_survey_invitation_instrument (instrument_id, status)
);

-- The headline figures of an answer in columns (for the numbers), every answer as given in JSON.
CREATE TABLE survey_response (
    invitation_id      CHAR(36)    NOT NULL PRIMARY KEY,
    client_id          CHAR(36)    NOT NULL,
    instrument_id      CHAR(36)    NOT NULL,
    instrument_version INT         NOT NULL,
    submitted_at       DATETIME(3) NOT NULL,
    csat               TINYINT     NULL,
    csat_positive      BOOLEAN     NULL,
    nps                TINYINT     NULL,
    effort             TINYINT     NULL,
    low                BOOLEAN     NOT NULL,
    follow_up_id       CHAR(36)    NULL,
    answers            LONGTEXT    NOT NULL,
    CONSTRAINT fk_survey_response_invitation FOREIGN KEY (invitation_id) REFERENCES survey_invitation (id)
        ON DELETE CASCADE,
    INDEX ix_survey_response_client (client_id, submitted_at),
    INDEX ix_survey_response_instrument (instrument_id, submitted_at)
);

-- The reasons a client gave for a low score, in the complaint causes' terms, for the cause statistics.
CREATE TABLE survey_reason (
    invitation_id CHAR(36)    NOT NULL,
    cause         VARCHAR(40) NOT NULL,
    PRIMARY KEY (invitation_id, cause),
    CONSTRAINT fk_survey_reason_response FOREIGN KEY (invitation_id) REFERENCES survey_response (invitation_id)
        ON DELETE CASCADE
);

CREATE TABLE survey_opt_out (
    client_id     CHAR(36)     NOT NULL PRIMARY KEY,
    opted_out_at  DATETIME(3)  NOT NULL,
    opted_out_by  VARCHAR(100) NOT NULL,
    CONSTRAINT fk_survey_opt_out_client FOREIGN KEY (client_id) REFERENCES client (id) ON DELETE CASCADE
);
