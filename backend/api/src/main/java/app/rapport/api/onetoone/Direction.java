package app.rapport.api.onetoone;

/** Who started an interaction: the client (inbound) or the firm (outbound). */
public enum Direction {
    INBOUND,
    OUTBOUND
}
