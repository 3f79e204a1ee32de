-- Survey rules (issue 16): which event invites a client to which instrument, and how many hours later. A rule's
-- invitation waits as SCHEDULED (created_at: when it falls due) until the minute's scan sends or skips it; a rule
-- invites a client once per event (the unique key), so an event seen twice schedules once.
CREATE TABLE survey_rule (
    id            CHAR(36)     NOT NULL PRIMARY KEY,
    trigger_kind  VARCHAR(24)  NOT NULL,
    instrument_id CHAR(36)     NOT NULL,
    care_kind     VARCHAR(32)  NULL,
    step_id       CHAR(36)     NULL,
    tier_id       CHAR(36)     NULL,
    every_months  INT          NULL,
    delay_hours   INT          NOT NULL,
    active        BOOLEAN      NOT NULL,
    version       BIGINT       NOT NULL,
    updated_at    DATETIME(3)  NOT NULL,
    updated_by    VARCHAR(100) NOT NULL,
    CONSTRAINT fk_survey_rule_instrument FOREIGN KEY (instrument_id) REFERENCES survey_instrument (id),
    INDEX ix_survey_rule_trigger (trigger_kind, active)
);

ALTER TABLE survey_invitation
    ADD COLUMN rule_id CHAR(36)    NULL,
    ADD COLUMN skipped VARCHAR(24) NULL,
    ADD CONSTRAINT uq_survey_invitation_rule UNIQUE (rule_id, client_id, trigger_ref),
    ADD INDEX ix_survey_invitation_due (status, created_at);
