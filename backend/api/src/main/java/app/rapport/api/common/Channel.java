package app.rapport.api.common;

/** How the firm and the client reached each other (DOMAIN.md §5). */
public enum Channel {
    PHONE,
    VISIT,
    COUNTER,
    EMAIL,
    MESSAGING,
    ONLINE
}
