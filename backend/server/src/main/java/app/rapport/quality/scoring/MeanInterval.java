package app.rapport.quality.scoring;

import java.util.List;

/**
 * The mean of a sample with its 95 % confidence interval, mean ± t(0.975, n − 1) · s / √n with the sample standard
 * deviation s (n − 1 in its denominator). Student's t quantile is read from the published table for 1–30 degrees of
 * freedom and 40, 60, 120 (interpolated linearly in 1/df between them, the usual way), 1.960 beyond. Below two values
 * there is no interval. On a bounded answer scale the interval is clipped to it ({@link #within(double, double)}): a
 * mean of 1–5 answers cannot lie outside 1–5, however few answers there are.
 */
public record MeanInterval(int n, double mean, Double low, Double high) {
    private static final double[] T_975 = {
        12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.160, 2.145, 2.131, 2.120,
        2.110, 2.101, 2.093, 2.086, 2.080, 2.074, 2.069, 2.064, 2.060, 2.056, 2.052, 2.048, 2.045, 2.042
    };
    private static final int[] TAIL_DF = {30, 40, 60, 120};
    private static final double[] TAIL_T = {2.042, 2.021, 2.000, 1.980};
    private static final double NORMAL = 1.960;

    public static MeanInterval of(List<? extends Number> values) {
        int n = values.size();
        if (n == 0) {
            throw new IllegalArgumentException("a mean of no values");
        }
        double sum = 0;
        for (Number v : values) {
            sum += v.doubleValue();
        }
        double mean = sum / n;
        if (n < 2) {
            return new MeanInterval(n, mean, null, null);
        }
        double squares = 0;
        for (Number v : values) {
            double d = v.doubleValue() - mean;
            squares += d * d;
        }
        double half = t975(n - 1) * Math.sqrt(squares / (n - 1)) / Math.sqrt(n);
        return new MeanInterval(n, mean, mean - half, mean + half);
    }

    /** This interval clipped to the answer scale {@code min}–{@code max}. */
    public MeanInterval within(double min, double max) {
        if (low == null) {
            return this;
        }
        return new MeanInterval(n, mean, Math.max(min, low), Math.min(max, high));
    }

    /** Student's t quantile 0.975 for {@code df} degrees of freedom. */
    public static double t975(int df) {
        if (df < 1) {
            throw new IllegalArgumentException("degrees of freedom from 1, not " + df);
        }
        if (df <= 30) {
            return T_975[df - 1];
        }
        if (df >= 120) {
            // between 120 and infinity, linear in 1/df down to the normal quantile
            return NORMAL + (TAIL_T[3] - NORMAL) * (120.0 / df);
        }
        int i = df < 40 ? 0 : df < 60 ? 1 : 2;
        double a = 1.0 / TAIL_DF[i];
        double b = 1.0 / TAIL_DF[i + 1];
        double x = 1.0 / df;
        return TAIL_T[i + 1] + (TAIL_T[i] - TAIL_T[i + 1]) * (x - b) / (a - b);
    }
}
