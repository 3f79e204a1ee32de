-- What an invitation asks about (issue 16, the satisfaction index per product or service): the product of the
-- complaint it follows, or of a manager's choice, and the service (blueprint) of the touchpoint or complaint step it
-- follows, or of a manager's choice. Either may be unknown.
ALTER TABLE survey_invitation
    ADD COLUMN product_id   CHAR(36) NULL,
    ADD COLUMN blueprint_id CHAR(36) NULL,
    ADD CONSTRAINT fk_survey_invitation_product FOREIGN KEY (product_id) REFERENCES product (id) ON DELETE SET NULL,
    ADD CONSTRAINT fk_survey_invitation_blueprint FOREIGN KEY (blueprint_id) REFERENCES blueprint (id)
        ON DELETE SET NULL;

-- A benchmark target measuring a SERVQUAL dimension's gap names the dimension.
ALTER TABLE benchmark_target ADD COLUMN servqual_dimension VARCHAR(20) NULL;
