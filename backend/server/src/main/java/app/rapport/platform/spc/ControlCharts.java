package app.rapport.platform.spc;

import java.util.ArrayList;
import java.util.List;

/**
 * Computes control charts (Phase I limits from the first {@code baseline} points, applied unchanged to the later
 * ones, so that a shift cannot widen its own limits):
 * <ul>
 *   <li>XmR: centre x̄; σ = MR̄ / d2 with d2 = 2/√π ≈ 1.128 (moving ranges of two); limits x̄ ± 3σ; the moving-range
 *       chart's upper limit D4 · MR̄ with D4 ≈ 3.267.
 *   <li>p: p̄ = Σ events / Σ exposure; σ_i = √(p̄(1 − p̄)/n_i); limits p̄ ± 3σ_i, kept within 0–1.
 *   <li>u: ū = Σ events / Σ exposure; σ_i = √(ū / n_i); limits ū ± 3σ_i, the lower floored at 0.
 * </ul>
 */
public final class ControlCharts {
    /** d2 for ranges of two consecutive points: 2/√π. */
    static final double D2 = 2 / Math.sqrt(Math.PI);
    /** D4 for ranges of two: 1 + 3·d3/d2 with d3 = 0.8525. */
    static final double D4 = 1 + 3 * 0.8525 / D2;

    private ControlCharts() {}

    /** An individuals and moving-range chart of one value per period; at least two baseline points. */
    public static ControlChart xmr(List<Double> values, int baseline, RuleSet rules) {
        int b = baseline(values.size(), baseline, 2);
        double mean = 0;
        for (int i = 0; i < b; i++) {
            mean += values.get(i);
        }
        mean /= b;
        List<Double> ranges = new ArrayList<>();
        for (int i = 1; i < values.size(); i++) {
            ranges.add(Math.abs(values.get(i) - values.get(i - 1)));
        }
        double mr = 0;
        for (int i = 0; i < b - 1; i++) {
            mr += ranges.get(i);
        }
        mr /= b - 1;
        double sigma = mr / D2;
        List<ChartPoint> points = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            points.add(new ChartPoint(i, values.get(i), mean, mean - 3 * sigma, mean + 3 * sigma, sigma, i < b));
        }
        return chart(
                ChartKind.XMR, b, mean, points, rules, new ControlChart.MovingRange(mr, D4 * mr, List.copyOf(ranges)));
    }

    /** A proportion chart: events out of each period's exposure. */
    public static ControlChart p(List<Count> counts, int baseline, RuleSet rules) {
        int b = baseline(counts.size(), baseline, 1);
        double centre = rate(counts, b);
        List<ChartPoint> points = new ArrayList<>();
        for (int i = 0; i < counts.size(); i++) {
            Count c = counts.get(i);
            if (c.events() > c.exposure()) {
                throw new IllegalArgumentException("a proportion of more than all: " + c);
            }
            double sigma = Math.sqrt(centre * (1 - centre) / c.exposure());
            points.add(new ChartPoint(
                    i,
                    (double) c.events() / c.exposure(),
                    centre,
                    Math.max(0, centre - 3 * sigma),
                    Math.min(1, centre + 3 * sigma),
                    sigma,
                    i < b));
        }
        return chart(ChartKind.P, b, centre, points, rules, null);
    }

    /** A rate chart: events per unit of each period's exposure. */
    public static ControlChart u(List<Count> counts, int baseline, RuleSet rules) {
        int b = baseline(counts.size(), baseline, 1);
        double centre = rate(counts, b);
        List<ChartPoint> points = new ArrayList<>();
        for (int i = 0; i < counts.size(); i++) {
            Count c = counts.get(i);
            double sigma = Math.sqrt(centre / c.exposure());
            points.add(new ChartPoint(
                    i,
                    (double) c.events() / c.exposure(),
                    centre,
                    Math.max(0, centre - 3 * sigma),
                    centre + 3 * sigma,
                    sigma,
                    i < b));
        }
        return chart(ChartKind.U, b, centre, points, rules, null);
    }

    /** The signals of {@code rules} on these points, in order of the points, each rule once per point. */
    static List<Signal> signals(List<ChartPoint> points, RuleSet rules) {
        double[] z = new double[points.size()];
        double[] v = new double[points.size()];
        for (int i = 0; i < z.length; i++) {
            z[i] = points.get(i).z();
            v[i] = points.get(i).value();
        }
        List<Signal> out = new ArrayList<>();
        for (int i = 0; i < z.length; i++) {
            for (Rule r : rules.rules()) {
                if (r.firesAt(z, v, i)) {
                    out.add(new Signal(i, r));
                }
            }
        }
        return out;
    }

    private static ControlChart chart(
            ChartKind kind,
            int baseline,
            double centre,
            List<ChartPoint> points,
            RuleSet rules,
            ControlChart.MovingRange ranges) {
        return new ControlChart(kind, baseline, centre, List.copyOf(points), rules, signals(points, rules), ranges);
    }

    private static double rate(List<Count> counts, int b) {
        long events = 0;
        long exposure = 0;
        for (int i = 0; i < b; i++) {
            events += counts.get(i).events();
            exposure += counts.get(i).exposure();
        }
        return (double) events / exposure;
    }

    /** The baseline asked for, within the series (all of it when it is shorter), at least {@code least} points. */
    private static int baseline(int size, int asked, int least) {
        int b = Math.min(Math.max(asked, 0), size);
        if (b == 0) {
            b = size;
        }
        if (b < least) {
            throw new IllegalArgumentException("a baseline of at least " + least + " points is needed, not " + b);
        }
        return b;
    }
}
