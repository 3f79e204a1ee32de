-- Where each complaint's service-level clocks stand next (issue 15), derived from its clock events and the escalation
-- steps that fired, written again whenever one of them is and after each scan of it: the milestone with the nearest
-- deadline still running, that deadline and when the milestone turns at risk (the board puts breached and at-risk
-- complaints first and shows the deadline), and when the next escalation step that has not fired is due (the minute's
-- scan reads only the complaints whose step is due, not every open one). All null: nothing running is measured.
-- Kept on the complaint itself so that the board orders one table (a join to a table of its own cost it 3x on 100,000
-- complaints); the complaint's entity does not map them, so a step's update of the complaint leaves them be.
ALTER TABLE complaint
    ADD COLUMN due_milestone  VARCHAR(30) NULL,
    ADD COLUMN due_deadline   DATETIME(3) NULL,
    ADD COLUMN due_at_risk    DATETIME(3) NULL,
    ADD COLUMN due_next_step  DATETIME(3) NULL,
    ADD INDEX ix_complaint_due_next_step (due_next_step);

-- Complaints already being handled are looked at by the first scan, which writes their deadlines in full.
UPDATE complaint SET due_next_step = received_at
WHERE sla_policy_id IS NOT NULL AND status NOT IN ('NOT_UPHELD', 'CLOSED');
