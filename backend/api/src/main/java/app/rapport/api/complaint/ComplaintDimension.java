package app.rapport.api.complaint;

/**
 * What complaint statistics are counted by: cause (a complaint with several causes counts under each; one not yet
 * analysed under none), department, product or service, the blueprint step where it went wrong, the client's tier, or
 * the month it was received (in the tenant's time zone).
 */
public enum ComplaintDimension {
    CAUSE,
    DEPARTMENT,
    PRODUCT,
    STEP,
    TIER,
    MONTH
}
