package app.rapport.api.benchmark;

/** Derived by the server's {@code TargetProgress} policy from the latest measurement. */
public enum TargetStatus {
    ON_TRACK,
    AT_RISK,
    ACHIEVED,
    MISSED
}
