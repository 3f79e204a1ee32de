-- Saving a service-level policy takes the 'sla-policy' row FOR UPDATE (see V5): of two saves of the same version at
-- once, the second sees the first's new version and is refused as stale.
INSERT INTO write_lock (name) VALUES ('sla-policy');
