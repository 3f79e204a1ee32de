package app.rapport.api.onetoone;

/** The type of a fact's value, checked on write: text, a number, an ISO date, or yes/no. */
public enum FactType {
    TEXT,
    NUMBER,
    DATE,
    YES_NO
}
