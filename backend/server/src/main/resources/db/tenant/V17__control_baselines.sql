-- Control charts (issue 16): the baseline weeks each metric's limits are computed from, frozen until someone sets
-- another, and the rules its chart applies; version moves on with each save (If-Match). No row: the default baseline.
CREATE TABLE control_baseline (
    metric      VARCHAR(40)  NOT NULL PRIMARY KEY,
    from_week   DATE         NOT NULL,
    to_week     DATE         NOT NULL,
    rules       VARCHAR(20)  NOT NULL,
    version     BIGINT       NOT NULL,
    set_by      VARCHAR(100) NOT NULL,
    set_at      DATETIME(3)  NOT NULL
);

-- Setting a baseline takes the 'control-baseline' row FOR UPDATE first (see V5): of two saves of one version at once,
-- the second sees the first's and is refused as stale.
INSERT INTO write_lock (name) VALUES ('control-baseline');
