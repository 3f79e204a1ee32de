package app.rapport.api.survey;

/** The periods of the satisfaction index, in the tenant's calendar: "2026-11", "2026-Q4", "2026". */
public enum IndexPeriod {
    MONTH,
    QUARTER,
    YEAR
}
