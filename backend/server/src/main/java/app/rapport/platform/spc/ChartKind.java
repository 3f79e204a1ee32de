package app.rapport.platform.spc;

/** Which chart: individuals and moving range, proportion (varying n), or count per unit of exposure (varying n). */
public enum ChartKind {
    XMR,
    P,
    U
}
