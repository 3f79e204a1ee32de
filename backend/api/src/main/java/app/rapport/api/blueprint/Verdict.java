package app.rapport.api.blueprint;

/** How a step performed against its standard in a period (the policy is {@code StepStandard} on the server). */
public enum Verdict {
    MEETS,
    MISSES,
    NO_DATA,
    NO_STANDARD
}
