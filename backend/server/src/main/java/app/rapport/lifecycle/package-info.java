/**
 * The relationship lifecycle: every client's stage and its history, suggestions computed from signals (purchases,
 * touchpoints, ratings, complaints) that an account manager accepts or dismisses, the tenant's strategies (stage
 * playbooks that schedule care actions), the account manager's portfolio and the client timeline. Depends on care,
 * tiers, one-to-one records, purchases and clients.
 */
package app.rapport.lifecycle;
