package app.rapport.complaint;

/** An event of a milestone's clock. */
enum ClockKind {
    STARTED,
    PAUSED,
    RESUMED,
    FULFILLED,
    STOPPED
}
