package app.rapport.api.tier;

/** How a tenant grades its clients (DOMAIN.md §1). */
public enum TierMethod {
    /** Trailing-12-month value at or above the tier's minimum. */
    THRESHOLD,
    /** Cumulative share of value, most valuable first (Pareto / ABC). */
    PARETO,
    /** Recency, frequency and monetary quintile scores added up (3–15). */
    RFM
}
