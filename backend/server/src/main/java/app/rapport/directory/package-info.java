/**
 * The client list as account managers work it: each client with its tier, stage, owner, 12-month revenue and last
 * contact in one query, filtered and sorted in the database; saved views per member; actions on a selection.
 */
package app.rapport.directory;
