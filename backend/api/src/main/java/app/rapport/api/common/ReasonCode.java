package app.rapport.api.common;

/**
 * Why something happened that no person explained: the reasons the server itself gives for stage changes, tier
 * decisions, cancelled care actions and timeline entries. The values a reason's wording needs travel beside it
 * ({@code args} or {@code figures}), named in each comment; a UI words the code in the reader's language. What people
 * wrote travels as text, unchanged.
 */
public enum ReasonCode {
    /** The relationship began when the client was registered. */
    CLIENT_REGISTERED,
    /** An account manager accepted a stage suggestion (its signals are on the suggestion). */
    SUGGESTION_ACCEPTED,
    /** Someone moved the client by hand; their reason is the text. */
    MANUAL,
    /** {@code measure} {@code value} meets the threshold {@code threshold} of the tier. */
    THRESHOLD_MET,
    /** {@code measure} {@code value} is below every threshold: the lowest tier. */
    BELOW_EVERY_THRESHOLD,
    /** Clients ahead hold {@code shareAhead} % of {@code total}; the tier goes up to {@code cumulativeShare} %. */
    WITHIN_SHARE,
    /** No positive {@code measure} in 12 months: the lowest tier. */
    NO_POSITIVE_VALUE,
    /** R {@code r} + F {@code f} + M {@code m} = {@code score}, at least the tier's {@code minScore}. */
    RFM_SCORE,
    /** No purchase in 12 months: score 0, the lowest tier. */
    NO_PURCHASE,
    /** Pinned to the tier by hand; the person's reason is the text. */
    PINNED,
    /** The pin was lifted; the next run classifies the client again. */
    UNPINNED,
    /** The tier {@code fromName} was removed from the settings ({@code pinEnded}: a pin on it ended too). */
    TIER_REMOVED,
    /** Cancelled because the client left the stage {@code stage} whose playbook planned it. */
    STAGE_LEFT,
    /** Cancelled because the complaint it followed up was closed or reopened before the follow-up was done. */
    COMPLAINT_OVER,
    /** A purchase: {@code quantity} {@code unit} of {@code product} for {@code amount}. */
    PURCHASE
}
