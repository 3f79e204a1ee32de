-- The tenant's own clock and money, and deletion (issue 12): its IANA time zone (every "today", due date, period boundary and
-- nightly run), its currency and the default language of its users.
ALTER TABLE tenant
    ADD COLUMN time_zone      VARCHAR(64) NOT NULL DEFAULT 'UTC',
    ADD COLUMN currency       CHAR(3)     NOT NULL DEFAULT 'USD',
    ADD COLUMN default_locale VARCHAR(10) NOT NULL DEFAULT 'en',
    -- a deleted tenant keeps its entry (and its slug): who deleted it and when
    ADD COLUMN deleted_at     DATETIME(3) NULL,
    ADD COLUMN deleted_by     VARCHAR(100) NULL;

-- One row per nightly job, tenant and night (the tenant's local date): the claim that makes a job run once a night
-- per tenant across every backend replica, and what it did.
CREATE TABLE nightly_run (
    job         VARCHAR(40)   NOT NULL,
    tenant_slug VARCHAR(40)   NOT NULL,
    local_date  DATE          NOT NULL,
    started_at  DATETIME(3)   NOT NULL,
    finished_at DATETIME(3)   NULL,
    result      VARCHAR(500)  NULL,
    PRIMARY KEY (job, tenant_slug, local_date)
);
