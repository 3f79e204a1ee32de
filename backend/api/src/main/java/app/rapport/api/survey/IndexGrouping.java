package app.rapport.api.survey;

/**
 * What the satisfaction index is told apart by: nothing (all answers), the product an invitation asked about, the
 * service (blueprint) it asked about, or the client's tier (as it is today).
 */
public enum IndexGrouping {
    ALL,
    PRODUCT,
    SERVICE,
    TIER
}
