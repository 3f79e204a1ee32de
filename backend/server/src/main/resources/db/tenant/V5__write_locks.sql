-- Rows that serialise the tenant's writes that have no row of their own to lock (issue 12): a purchase import takes
-- the 'purchase-import' row FOR UPDATE, so the same file imported twice at once is imported once and reported as
-- already imported the second time; a computation of lifecycle signals takes 'lifecycle-signals', so the nightly run
-- and one on demand never open two suggestions for a client. Identical in every tenant schema.

CREATE TABLE write_lock (
    name VARCHAR(40) NOT NULL PRIMARY KEY
);

INSERT INTO write_lock (name) VALUES ('purchase-import'), ('lifecycle-signals');
