package app.rapport.api.complaint;

/** How badly the client was let down, as the person recording the complaint judged it. */
public enum Severity {
    LOW,
    MEDIUM,
    HIGH,
    CRITICAL
}
