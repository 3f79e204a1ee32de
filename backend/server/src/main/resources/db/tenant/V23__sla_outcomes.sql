-- Whether a milestone's clock was met when it was fulfilled (the SLA-met control chart, issue 16): written with the
-- FULFILLED event, from the clock's business time then; null on the other events, and on FULFILLED events written
-- before this column, which the chart settles the first time it reads them.
ALTER TABLE complaint_clock
    ADD COLUMN met BOOLEAN NULL,
    ADD INDEX ix_complaint_clock_kind_at (kind, at);
