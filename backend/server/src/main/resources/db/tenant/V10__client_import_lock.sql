-- a client import takes this row FOR UPDATE: the same file imported twice at once registers its clients once
INSERT INTO write_lock (name) VALUES ('client-import');
