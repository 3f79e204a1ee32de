/** The audit trail of a tenant: every write, who made it, when, and the record before and after. */
package app.rapport.platform.audit;
