-- Control chart signals already told (issue 16): the nightly check tells admins and account managers of each signal
-- once — the key is metric, week and rule, inserted or already there, on whichever replica runs it.
CREATE TABLE chart_signal (
    metric   VARCHAR(40) NOT NULL,
    week     DATE        NOT NULL,
    rule     VARCHAR(40) NOT NULL,
    seen_at  DATETIME(3) NOT NULL,
    PRIMARY KEY (metric, week, rule)
);
