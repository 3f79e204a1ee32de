package app.rapport.api.complaint;

/** What happened to a complaint: one entry of its history per step taken, item ticked or reopening. */
public enum ComplaintEventKind {
    RECEIVED,
    UPHELD,
    NOT_UPHELD,
    ASSIGNED,
    ANALYSED,
    REMEDY_PROPOSED,
    REMEDY_APPROVED,
    REMEDY_REJECTED,
    RECOVERY_ITEM,
    ACCOUNTABILITY,
    CLIENT_NOTIFIED,
    FEEDBACK,
    RESOLVED,
    CLOSED,
    REOPENED,
    HELD,
    RELEASED,
    ESCALATED
}
