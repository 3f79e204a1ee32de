package app.rapport.api.care;

/**
 * PLANNED → DONE or SKIPPED (with a reason); OVERDUE is derived when a planned action's due date has passed;
 * CANCELLED when the client left the stage whose playbook planned it.
 */
public enum CareStatus {
    PLANNED,
    OVERDUE,
    DONE,
    SKIPPED,
    CANCELLED
}
