package app.rapport.api.complaint;

/**
 * Where a complaint stands in the eight steps of handling. {@link #step()} is the step being worked on next (0 once
 * it is over): RECEIVED waits to be judged (2); UPHELD for a department (3); ASSIGNED for the department's cause
 * analysis (4); ANALYSED for a remedy (5, again after a rejection); REMEDY_PROPOSED for a supervisor (6); IN_RECOVERY
 * for the recovery to be carried out (7); RESOLVED for the summary (8). NOT_UPHELD and CLOSED are over until the
 * client comes back (reopening).
 */
public enum ComplaintStatus {
    RECEIVED(2),
    UPHELD(3),
    ASSIGNED(4),
    ANALYSED(5),
    REMEDY_PROPOSED(6),
    IN_RECOVERY(7),
    RESOLVED(8),
    NOT_UPHELD(0),
    CLOSED(0);

    private final int step;

    ComplaintStatus(int step) {
        this.step = step;
    }

    /** The step of handling this status waits for, 0 when handling is over. */
    public int step() {
        return step;
    }

    /** Whether handling is over (not upheld, or closed after the summary). */
    public boolean isOver() {
        return step == 0;
    }
}
