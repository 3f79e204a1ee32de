package app.rapport.api.care;

/** What a care action is (DOMAIN.md §4). */
public enum CareKind {
    CALL,
    VISIT,
    GIFT,
    GREETING,
    CHECK_IN,
    REPLENISHMENT,
    COMPLAINT_FOLLOW_UP,
    SURVEY_FOLLOW_UP,
    SURVEY_SEND,
    OTHER
}
