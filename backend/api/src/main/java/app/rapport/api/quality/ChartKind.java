package app.rapport.api.quality;

/** Individuals and moving range; a proportion with varying sample size; a count per varying exposure. */
public enum ChartKind {
    XMR,
    P,
    U
}
