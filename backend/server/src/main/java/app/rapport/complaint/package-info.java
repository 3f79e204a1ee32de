/**
 * Complaints and service recovery: the eight steps of handling as a guarded state machine, the recovery checklist,
 * the departments complaints are assigned to, and each complaint's history.
 */
package app.rapport.complaint;
