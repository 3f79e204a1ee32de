package app.rapport.api.lifecycle;

/** OPEN until the account manager accepts or dismisses it; SUPERSEDED when a later computation or a manual change replaced it. */
public enum SuggestionStatus {
    OPEN,
    ACCEPTED,
    DISMISSED,
    SUPERSEDED
}
