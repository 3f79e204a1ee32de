-- Each member's inbox (issue 15), and the escalation steps that fired: one row per complaint, milestone, round of its
-- clock (when that round started) and share of the target, so that a step fires once however many replicas scan.
CREATE TABLE notice (
    id            CHAR(36)     NOT NULL PRIMARY KEY,
    recipient     VARCHAR(100) NOT NULL,
    kind          VARCHAR(30)  NOT NULL,
    complaint_id  CHAR(36)     NULL,
    args          TEXT         NOT NULL,
    at            DATETIME(3)  NOT NULL,
    read_at       DATETIME(3)  NULL,
    seq           BIGINT       NOT NULL AUTO_INCREMENT UNIQUE,
    CONSTRAINT fk_notice_complaint FOREIGN KEY (complaint_id) REFERENCES complaint (id) ON DELETE CASCADE,
    INDEX ix_notice_recipient (recipient, read_at, seq)
);

CREATE TABLE escalation_fired (
    complaint_id  CHAR(36)     NOT NULL,
    milestone     VARCHAR(30)  NOT NULL,
    round_start   DATETIME(3)  NOT NULL,
    percent       INT          NOT NULL,
    fired_at      DATETIME(3)  NOT NULL,
    PRIMARY KEY (complaint_id, milestone, round_start, percent),
    CONSTRAINT fk_fired_complaint FOREIGN KEY (complaint_id) REFERENCES complaint (id) ON DELETE CASCADE
);
