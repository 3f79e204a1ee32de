-- Where each complaint's service-level clocks stand next (issue 15), derived from its clock events and the escalation
-- steps that fired, written again whenever one of them is and after each scan of it: the nearest deadline of a
-- milestone still running and when that milestone turns at risk (the board puts breached and at-risk complaints first
-- and shows the deadline), and when the next escalation step that has not fired is due (the minute's scan reads only the
-- complaints whose step is due, not every open one). No row: nothing running is measured.
CREATE TABLE complaint_due (
    complaint_id  CHAR(36)     NOT NULL PRIMARY KEY,
    milestone     VARCHAR(30)  NULL,
    deadline      DATETIME(3)  NULL,
    at_risk_at    DATETIME(3)  NULL,
    next_step_at  DATETIME(3)  NULL,
    CONSTRAINT fk_due_complaint FOREIGN KEY (complaint_id) REFERENCES complaint (id) ON DELETE CASCADE,
    INDEX ix_due_next_step (next_step_at)
);

-- Complaints already being handled are looked at by the first scan, which writes their row in full.
INSERT INTO complaint_due (complaint_id, next_step_at)
SELECT id, received_at FROM complaint WHERE sla_policy_id IS NOT NULL AND status NOT IN ('NOT_UPHELD', 'CLOSED');
