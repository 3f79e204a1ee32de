package app.rapport.api.survey;

/**
 * Where an invitation stands: made by a rule and waiting for its delay to pass (scheduled), waiting for the answer,
 * answered, past its expiry unanswered, or cancelled (by hand, or by the rule's checks when it fell due).
 */
public enum InvitationStatus {
    SCHEDULED,
    OPEN,
    ANSWERED,
    EXPIRED,
    CANCELLED
}
