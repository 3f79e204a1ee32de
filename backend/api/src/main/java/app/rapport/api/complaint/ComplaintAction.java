package app.rapport.api.complaint;

/**
 * What someone may do to a complaint: judge it (2), assign a department (3), analyse the cause (4), propose a remedy
 * (5), approve or reject it (6); in recovery (7) tick the checklist, record who was accountable, that the client was
 * told and what they said, then mark the recovery done; summarise and close (8); reopen when the client comes back; put it on hold while it waits on the client or a third party, and release it.
 * A complaint's view lists the actions the server allows the reader now.
 */
public enum ComplaintAction {
    JUDGE,
    ASSIGN,
    ANALYSE,
    PROPOSE,
    DECIDE,
    RECOVER,
    ACCOUNT,
    NOTIFY,
    FEEDBACK,
    RESOLVE,
    CLOSE,
    REOPEN,
    HOLD,
    RELEASE
}
