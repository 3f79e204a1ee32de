package app.rapport.api.lifecycle;

/** What a timeline entry is. */
public enum TimelineKind {
    TOUCHPOINT,
    CARE_ACTION,
    STAGE_CHANGE,
    TIER_CHANGE,
    PURCHASE,
    INTERACTION,
    OFFER,
    COMPLAINT,
    SURVEY
}
