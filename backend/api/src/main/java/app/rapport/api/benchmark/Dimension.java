package app.rapport.api.benchmark;

/** The service-quality dimension a target improves. */
public enum Dimension {
    TIMELINESS,
    ACCURACY,
    RESPONSIVENESS,
    RELIABILITY,
    ASSURANCE,
    EMPATHY,
    TANGIBLES
}
