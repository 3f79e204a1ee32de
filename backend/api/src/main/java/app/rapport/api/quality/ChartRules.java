package app.rapport.api.quality;

/** Which tests a chart applies: the 3σ test alone (the default), the Western Electric rules, or the Nelson rules. */
public enum ChartRules {
    THREE_SIGMA,
    WESTERN_ELECTRIC,
    NELSON
}
