package app.rapport.quality.scoring;

import app.rapport.api.survey.ServqualDimension;
import app.rapport.api.survey.ServqualWording;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * SERVQUAL scores of a wave of responses. Each response holds expectation and perception for the 22 items (1–7, null
 * where not answered) and, optionally, 100 importance points over the five dimensions. With the 1988 wording the
 * negatively worded items (10–13, 18–22) are scored 8 − x, expectation and perception alike, before any gap; the 1991
 * wording is positive throughout. Item gap = P − E; a respondent's dimension gap = the mean of their answered items'
 * gaps; a dimension's gap = the mean over respondents; unweighted SERVQUAL = the mean of the five dimension gaps;
 * weighted SERVQUAL = the mean, over respondents who gave points, of Σ (points/100 × their dimension gap). Negative:
 * service below expectation.
 */
public final class Servqual {
    /** The items negatively worded in the 1988 instrument. */
    public static final Set<Integer> NEGATIVE_1988 = Set.of(10, 11, 12, 13, 18, 19, 20, 21, 22);

    /** One respondent: arrays of 22 (index 0 is item 1), and importance points by dimension (may be null). */
    public record Response(Integer[] expectation, Integer[] perception, Map<ServqualDimension, Integer> points) {
        public Response {
            if (expectation.length != 22 || perception.length != 22) {
                throw new IllegalArgumentException("SERVQUAL has 22 items");
            }
            for (int i = 0; i < 22; i++) {
                check(expectation[i]);
                check(perception[i]);
            }
            if (points != null) {
                int sum = points.values().stream().mapToInt(Integer::intValue).sum();
                if (sum != 100 || points.values().stream().anyMatch(p -> p < 0)) {
                    throw new IllegalArgumentException(
                            "importance points are 100 over the five dimensions, not " + sum);
                }
            }
        }

        private static void check(Integer x) {
            if (x != null && (x < 1 || x > 7)) {
                throw new IllegalArgumentException("SERVQUAL answers are 1–7, not " + x);
            }
        }
    }

    /**
     * A wave's scores: each item's mean gap (null where nobody answered both), each dimension's, the unweighted and
     * weighted overall (the weighted null when nobody gave points), and how many responses counted. {@code
     * expectations} and {@code perceptions} are each dimension's mean E and P the same way (a respondent's mean over
     * the items they answered both of, then the mean over respondents), so that P − E is the dimension's gap.
     */
    public record Scores(
            Double[] itemGaps,
            Map<ServqualDimension, Double> dimensionGaps,
            Map<ServqualDimension, Double> expectations,
            Map<ServqualDimension, Double> perceptions,
            Double unweighted,
            Double weighted,
            int n,
            int weightedN) {}

    private Servqual() {}

    public static Scores score(List<Response> responses, ServqualWording wording) {
        double[] itemSum = new double[22];
        int[] itemN = new int[22];
        Map<ServqualDimension, double[]> dimension = new EnumMap<>(ServqualDimension.class);
        Map<ServqualDimension, double[]> levels = new EnumMap<>(ServqualDimension.class);
        double weightedSum = 0;
        int weightedN = 0;
        for (Response r : responses) {
            Map<ServqualDimension, Double> mine = new EnumMap<>(ServqualDimension.class);
            for (ServqualDimension d : ServqualDimension.values()) {
                double sum = 0;
                double e = 0;
                double p = 0;
                int n = 0;
                for (int item = d.first(); item <= d.last(); item++) {
                    Double gap = gap(r, item, wording);
                    if (gap != null) {
                        sum += gap;
                        e += scored(r.expectation()[item - 1], item, wording);
                        p += scored(r.perception()[item - 1], item, wording);
                        n++;
                        itemSum[item - 1] += gap;
                        itemN[item - 1]++;
                    }
                }
                if (n > 0) {
                    mine.put(d, sum / n);
                    double[] acc = dimension.computeIfAbsent(d, k -> new double[2]);
                    acc[0] += sum / n;
                    acc[1]++;
                    double[] level = levels.computeIfAbsent(d, k -> new double[2]);
                    level[0] += e / n;
                    level[1] += p / n;
                }
            }
            if (r.points() != null && mine.size() == ServqualDimension.values().length) {
                double w = 0;
                for (ServqualDimension d : ServqualDimension.values()) {
                    w += r.points().getOrDefault(d, 0) / 100.0 * mine.get(d);
                }
                weightedSum += w;
                weightedN++;
            }
        }
        Double[] items = new Double[22];
        for (int i = 0; i < 22; i++) {
            items[i] = itemN[i] == 0 ? null : itemSum[i] / itemN[i];
        }
        Map<ServqualDimension, Double> gaps = new EnumMap<>(ServqualDimension.class);
        Map<ServqualDimension, Double> expectations = new EnumMap<>(ServqualDimension.class);
        Map<ServqualDimension, Double> perceptions = new EnumMap<>(ServqualDimension.class);
        dimension.forEach((d, acc) -> {
            gaps.put(d, acc[0] / acc[1]);
            expectations.put(d, levels.get(d)[0] / acc[1]);
            perceptions.put(d, levels.get(d)[1] / acc[1]);
        });
        Double unweighted = gaps.size() == ServqualDimension.values().length
                ? gaps.values().stream().mapToDouble(Double::doubleValue).sum() / gaps.size()
                : null;
        return new Scores(
                items,
                gaps,
                expectations,
                perceptions,
                unweighted,
                weightedN == 0 ? null : weightedSum / weightedN,
                responses.size(),
                weightedN);
    }

    /** An answer as positively worded: 8 − x for a negatively worded item of the 1988 wording. */
    private static double scored(int x, int item, ServqualWording wording) {
        return wording == ServqualWording.W1988 && NEGATIVE_1988.contains(item) ? 8 - x : x;
    }

    /** P − E of one item after the wording's reversal, or null when either is missing. */
    static Double gap(Response r, int item, ServqualWording wording) {
        Integer e = r.expectation()[item - 1];
        Integer p = r.perception()[item - 1];
        if (e == null || p == null) {
            return null;
        }
        boolean reverse = wording == ServqualWording.W1988 && NEGATIVE_1988.contains(item);
        return reverse ? (double) ((8 - p) - (8 - e)) : (double) (p - e);
    }
}
