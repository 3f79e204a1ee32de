package app.rapport.api.tier;

/** Which value the thresholds, shares and the monetary score look at. */
public enum ValueMeasure {
    REVENUE,
    MARGIN
}
