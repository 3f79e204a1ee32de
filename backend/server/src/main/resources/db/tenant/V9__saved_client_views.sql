-- A member's saved client-list views: a name and the filters and order it stands for (one member's, never shared).
CREATE TABLE saved_view (
    id           CHAR(36)     NOT NULL PRIMARY KEY,
    member       VARCHAR(100) NOT NULL,
    name         VARCHAR(100) NOT NULL,
    q            VARCHAR(200) NULL,
    tier_id      VARCHAR(36)  NULL,
    stage        VARCHAR(20)  NULL,
    owner        VARCHAR(100) NULL,
    mine         BOOLEAN      NOT NULL,
    silent_days  INT          NULL,
    sort         VARCHAR(40)  NULL,
    created_at   DATETIME(3)  NOT NULL,
    UNIQUE KEY uq_saved_view_name (member, name)
);
