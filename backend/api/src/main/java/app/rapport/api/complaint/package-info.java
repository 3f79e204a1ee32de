/** The HTTP contract of complaints and service recovery: the eight steps, the recovery checklist, departments. */
package app.rapport.api.complaint;
