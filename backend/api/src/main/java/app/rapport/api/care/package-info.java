/**
 * The HTTP contract of care: care actions (planned work for one client), "my day", the team's on-time and surprise
 * figures, touchpoints logged by service staff, and the tenant's members who can own clients and actions.
 */
package app.rapport.api.care;
