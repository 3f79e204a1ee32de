package app.rapport.api.onetoone;

/** A need the client said out loud, or one the firm noticed. */
public enum NeedOrigin {
    STATED,
    OBSERVED
}
