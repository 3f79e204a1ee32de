package app.rapport.api.complaint;

/**
 * The service recovery checklist: apologise at once, an urgent remedy, empathy, a symbolic compensation (kind and
 * value), a follow-up to confirm the client is satisfied.
 */
public enum RecoveryItem {
    APOLOGY,
    URGENT_REMEDY,
    EMPATHY,
    COMPENSATION,
    FOLLOW_UP
}
