package app.rapport.platform.spc;

import java.util.List;

/**
 * A computed chart: its kind, the number of leading points the limits come from (frozen for the rest), the centre line
 * and σ of one unit, every point, and the signals the chosen rules found; for XmR also the moving-range chart (the
 * ranges, their mean and upper limit; its lower limit is 0).
 */
public record ControlChart(
        ChartKind kind,
        int baseline,
        double centre,
        List<ChartPoint> points,
        RuleSet rules,
        List<Signal> signals,
        MovingRange movingRange) {

    /** The moving ranges of an XmR chart: {@code ranges.get(0)} is between points 0 and 1. */
    public record MovingRange(double mean, double upper, List<Double> ranges) {}
}
