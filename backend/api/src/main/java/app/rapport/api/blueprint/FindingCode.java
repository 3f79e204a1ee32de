package app.rapport.api.blueprint;

/** What the blueprint check found; each code is an error that blocks publishing. */
public enum FindingCode {
    NO_STEPS,
    NO_CLIENT_ACTION,
    ORPHAN_STEP,
    TOUCHPOINT_OFF_LINE
}
