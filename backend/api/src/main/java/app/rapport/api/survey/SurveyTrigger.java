package app.rapport.api.survey;

/**
 * What sent an invitation: an account manager (or an API caller) by hand, or one of the tenant's survey rules — a
 * complaint closed, a care action of a kind done, a touchpoint logged at a blueprint step, or a tier's relationship
 * survey every so many months; or none at all: answers given by phone, on paper or in person, recorded by an account
 * manager without an invitation sent before.
 */
public enum SurveyTrigger {
    MANUAL,
    COMPLAINT_CLOSED,
    CARE_DONE,
    TOUCHPOINT_STEP,
    TIER_SCHEDULE,
    RECORDED
}
