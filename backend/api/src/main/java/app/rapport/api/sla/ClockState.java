package app.rapport.api.sla;

/**
 * Where a milestone's clock stands: RUNNING within its target (AT_RISK past its warning share), BREACHED past it,
 * PAUSED while the complaint waits on a hold that pauses it, MET or MET_LATE once fulfilled, STOPPED when handling ended
 * without it (a complaint not upheld).
 */
public enum ClockState {
    RUNNING,
    AT_RISK,
    BREACHED,
    PAUSED,
    MET,
    MET_LATE,
    STOPPED
}
