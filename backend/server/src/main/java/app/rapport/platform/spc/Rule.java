package app.rapport.platform.spc;

/**
 * A test for a special cause on a control chart, on the points' distances from the centre line in units of their own
 * σ (z). Western Electric (1956): rules 1–4; Nelson (1984): 1 = {@link #BEYOND_3_SIGMA}, 2 = {@link #NINE_ON_ONE_SIDE},
 * 3 = {@link #SIX_TRENDING}, 4 = {@link #FOURTEEN_ALTERNATING}, 5 = {@link #TWO_OF_THREE_BEYOND_2_SIGMA}, 6 =
 * {@link #FOUR_OF_FIVE_BEYOND_1_SIGMA}, 7 = {@link #FIFTEEN_WITHIN_1_SIGMA}, 8 = {@link #EIGHT_OUTSIDE_1_SIGMA}. A rule
 * fires at the point that completes its pattern.
 */
public enum Rule {
    /** One point beyond 3σ. */
    BEYOND_3_SIGMA(1),
    /** Two of three in a row beyond 2σ on the same side, the last of them among the two. */
    TWO_OF_THREE_BEYOND_2_SIGMA(3),
    /** Four of five in a row beyond 1σ on the same side, the last of them among the four. */
    FOUR_OF_FIVE_BEYOND_1_SIGMA(5),
    /** Eight in a row on the same side of the centre line (Western Electric). */
    EIGHT_ON_ONE_SIDE(8),
    /** Nine in a row on the same side of the centre line (Nelson). */
    NINE_ON_ONE_SIDE(9),
    /** Six in a row steadily increasing or decreasing. */
    SIX_TRENDING(6),
    /** Fourteen in a row alternating up and down. */
    FOURTEEN_ALTERNATING(14),
    /** Fifteen in a row within 1σ on either side (too little variation: stratified data). */
    FIFTEEN_WITHIN_1_SIGMA(15),
    /** Eight in a row beyond 1σ on either side, none within (a mixture). */
    EIGHT_OUTSIDE_1_SIGMA(8);

    private final int run;

    Rule(int run) {
        this.run = run;
    }

    /** How many points in a row the pattern spans. */
    public int run() {
        return run;
    }

    /** Whether the pattern ends at point {@code i} of these z values (and, for trends, values). */
    boolean firesAt(double[] z, double[] value, int i) {
        if (i + 1 < run) {
            return false;
        }
        int from = i - run + 1;
        return switch (this) {
            case BEYOND_3_SIGMA -> Math.abs(z[i]) > 3;
            case TWO_OF_THREE_BEYOND_2_SIGMA -> someBeyond(z, from, i, 2, 2);
            case FOUR_OF_FIVE_BEYOND_1_SIGMA -> someBeyond(z, from, i, 1, 4);
            case EIGHT_ON_ONE_SIDE, NINE_ON_ONE_SIDE -> allAbove(z, from, i, 0) || allBelow(z, from, i, 0);
            case SIX_TRENDING -> trending(value, from, i);
            case FOURTEEN_ALTERNATING -> alternating(value, from, i);
            case FIFTEEN_WITHIN_1_SIGMA -> allWithin(z, from, i, 1);
            case EIGHT_OUTSIDE_1_SIGMA -> noneWithin(z, from, i, 1);
        };
    }

    /** At least {@code need} of the run beyond {@code sigmas} on one side, point {@code i} among them. */
    private static boolean someBeyond(double[] z, int from, int i, double sigmas, int need) {
        for (int side : new int[] {1, -1}) {
            if (z[i] * side > sigmas) {
                int n = 0;
                for (int k = from; k <= i; k++) {
                    n += z[k] * side > sigmas ? 1 : 0;
                }
                if (n >= need) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean allAbove(double[] z, int from, int i, double level) {
        for (int k = from; k <= i; k++) {
            if (!(z[k] > level)) {
                return false;
            }
        }
        return true;
    }

    private static boolean allBelow(double[] z, int from, int i, double level) {
        for (int k = from; k <= i; k++) {
            if (!(z[k] < -level)) {
                return false;
            }
        }
        return true;
    }

    private static boolean allWithin(double[] z, int from, int i, double sigmas) {
        for (int k = from; k <= i; k++) {
            if (Math.abs(z[k]) >= sigmas) {
                return false;
            }
        }
        return true;
    }

    private static boolean noneWithin(double[] z, int from, int i, double sigmas) {
        for (int k = from; k <= i; k++) {
            if (Math.abs(z[k]) <= sigmas) {
                return false;
            }
        }
        return true;
    }

    private static boolean trending(double[] v, int from, int i) {
        boolean up = true;
        boolean down = true;
        for (int k = from + 1; k <= i; k++) {
            up &= v[k] > v[k - 1];
            down &= v[k] < v[k - 1];
        }
        return up || down;
    }

    private static boolean alternating(double[] v, int from, int i) {
        for (int k = from + 1; k <= i; k++) {
            double d = v[k] - v[k - 1];
            if (d == 0) {
                return false;
            }
            if (k > from + 1 && Math.signum(d) == Math.signum(v[k - 1] - v[k - 2])) {
                return false;
            }
        }
        return true;
    }
}
