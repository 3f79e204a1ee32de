-- Answers a client gave by phone, on paper or in person (issue 16), recorded by a member with the day they were given:
-- how each answer came in (FORM: the client through the link) and who recorded it.
ALTER TABLE survey_response
    ADD COLUMN channel     VARCHAR(12)  NOT NULL DEFAULT 'FORM',
    ADD COLUMN recorded_by VARCHAR(100) NULL;
