/** The HTTP contract of service-level policies: the milestones of a complaint's handling and their targets per tier. */
package app.rapport.api.sla;
