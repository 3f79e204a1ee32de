package app.rapport.platform.spc;

/**
 * One point of a chart: its value, the centre line, its limits (per point on p- and u-charts, whose σ depends on the
 * point's exposure) and its σ; {@code baseline} whether it belongs to the period the limits were computed from.
 */
public record ChartPoint(
        int index, double value, double centre, double lower, double upper, double sigma, boolean baseline) {
    /** How many of its σ the point lies from the centre line (0 where σ is 0 and it lies on it). */
    public double z() {
        if (sigma == 0) {
            return value == centre ? 0 : Math.copySign(Double.POSITIVE_INFINITY, value - centre);
        }
        return (value - centre) / sigma;
    }
}
