package app.rapport.api.complaint;

/**
 * Which complaints a list shows: all, the open ones, those over, those the reader handles (recorded or owns), those of
 * the departments the reader leads or works in, those waiting for the reader's approval, those of the reader's
 * clients.
 */
public enum ComplaintQueue {
    ALL,
    OPEN,
    OVER,
    MINE,
    MY_DEPARTMENTS,
    MY_APPROVAL,
    MY_CLIENTS
}
