package app.rapport.api.lifecycle;

/** Which way a signal points: towards DECLINE, or towards a deeper relationship (GROWTH). */
public enum Tendency {
    DECLINE,
    GROWTH
}
