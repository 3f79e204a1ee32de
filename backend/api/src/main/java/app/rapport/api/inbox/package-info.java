/** The HTTP contract of each member's inbox: assignments, approvals waiting, warnings and breaches. */
package app.rapport.api.inbox;
