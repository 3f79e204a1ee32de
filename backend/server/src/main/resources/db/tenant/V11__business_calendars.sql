-- When the tenant is open (scope 'tenant'), and a tier's own hours where they differ (scope = the tier's id): open
-- slots per weekday, holidays and special days, as one JSON document per calendar, versioned.
CREATE TABLE business_calendar (
    scope       VARCHAR(36)  NOT NULL PRIMARY KEY,
    tier_id     CHAR(36)     NULL,
    definition  TEXT         NOT NULL,
    version     BIGINT       NOT NULL,
    updated_at  DATETIME(3)  NOT NULL,
    updated_by  VARCHAR(100) NOT NULL,
    CONSTRAINT fk_calendar_tier FOREIGN KEY (tier_id) REFERENCES tier (id) ON DELETE CASCADE
);
