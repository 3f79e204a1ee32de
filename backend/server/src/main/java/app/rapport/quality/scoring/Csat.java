package app.rapport.quality.scoring;

import java.util.List;

/**
 * Customer satisfaction: the share of answers within the positive band ({@code from}–{@code to} of a scale
 * {@code min}–{@code max}, by default 4–5 of 1–5); neutral and negative answers stay in the denominator.
 */
public record Csat(int n, int positive, double share) {
    /** The default scale and band: 1–5, positive 4–5. */
    public static final Band DEFAULT = new Band(1, 5, 4, 5);

    /** A scale and its positive band. */
    public record Band(int min, int max, int from, int to) {
        public Band {
            if (min >= max || from < min || to > max || from > to) {
                throw new IllegalArgumentException(
                        "a band within its scale: " + from + "–" + to + " of " + min + "–" + max);
            }
        }

        public boolean positive(int answer) {
            return answer >= from && answer <= to;
        }
    }

    public static Csat of(List<Integer> answers, Band band) {
        int positive = 0;
        for (int a : answers) {
            if (a < band.min() || a > band.max()) {
                throw new IllegalArgumentException("an answer of " + band.min() + "–" + band.max() + ", not " + a);
            }
            positive += band.positive(a) ? 1 : 0;
        }
        int n = answers.size();
        return new Csat(n, positive, n == 0 ? 0 : (double) positive / n);
    }
}
