/**
 * Care: planned care actions for one client (from playbooks, tier cadence, forecasts, follow-ups, by hand), "my day",
 * the team's on-time and surprise figures, touchpoints logged by service staff, client owners and the tenant's
 * members. Depends on clients, tiers and one-to-one consumption forecasts; the lifecycle depends on it.
 */
package app.rapport.care;
