package app.rapport.api.care;

/** How the client came across at a touchpoint. */
public enum Sentiment {
    POSITIVE,
    NEUTRAL,
    NEGATIVE
}
