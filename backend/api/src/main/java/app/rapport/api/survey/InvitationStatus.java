package app.rapport.api.survey;

/** Where an invitation stands: waiting for the answer, answered, past its expiry unanswered, or cancelled. */
public enum InvitationStatus {
    OPEN,
    ANSWERED,
    EXPIRED,
    CANCELLED
}
