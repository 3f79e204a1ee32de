/** Each member's inbox of notices (assignments, approvals waiting, warnings, breaches) behind one Notifier. */
package app.rapport.inbox;
