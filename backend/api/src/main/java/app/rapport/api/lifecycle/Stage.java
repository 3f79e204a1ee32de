package app.rapport.api.lifecycle;

/** The relationship lifecycle stages (DOMAIN.md §3, seed 003 §3.4), in their natural order. */
public enum Stage {
    EXPLORATION,
    FORMATION,
    STABILITY,
    DECLINE
}
