-- The five-gap model (issue 16): each member's answers to the internal questionnaire, one row per save (version 1, 2,
-- … per member; the unique key lets one of two parallel saves over the same version win), and per save the five
-- dimensions: what the member believes clients expect and how fully the standards specify it, 1–7.
CREATE TABLE gap_assessment (
    id           CHAR(36)     NOT NULL PRIMARY KEY,
    member       VARCHAR(100) NOT NULL,
    role         VARCHAR(20)  NOT NULL,
    version      BIGINT       NOT NULL,
    answered_at  DATETIME(3)  NOT NULL,
    CONSTRAINT uq_gap_assessment_version UNIQUE (member, version),
    INDEX ix_gap_assessment_at (answered_at)
);

CREATE TABLE gap_assessment_answer (
    assessment_id  CHAR(36)    NOT NULL,
    dimension      VARCHAR(20) NOT NULL,
    expected       TINYINT     NOT NULL,
    specified      TINYINT     NOT NULL,
    PRIMARY KEY (assessment_id, dimension),
    CONSTRAINT fk_gap_answer_assessment FOREIGN KEY (assessment_id) REFERENCES gap_assessment (id) ON DELETE CASCADE
);
