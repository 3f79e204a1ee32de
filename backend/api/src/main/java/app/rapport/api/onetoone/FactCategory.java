package app.rapport.api.onetoone;

/** What a profile fact is about. Each category has a stated purpose (shown on the form): collect only what serves. */
public enum FactCategory {
    HOUSEHOLD,
    PREFERENCE,
    HABIT,
    IMPORTANT_DATE
}
