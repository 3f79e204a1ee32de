package app.rapport.quality.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rapport.api.survey.ServqualDimension;
import app.rapport.api.survey.ServqualWording;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Survey scores worked out by hand: NPS with passives, CSAT bands, SERVQUAL's reverse items and both weightings. */
class ScoringTest {
    @Test
    void nps_keeps_passives_in_the_denominator() {
        // promoters 10, 9, 9, 10, 9 = 5; passives 8, 7 = 2; detractors 6, 0, 3 = 3; 50 % − 30 % = 20
        Nps nps = Nps.of(List.of(10, 9, 9, 8, 7, 6, 0, 10, 3, 9));
        assertEquals(10, nps.n());
        assertEquals(5, nps.promoters());
        assertEquals(2, nps.passives());
        assertEquals(3, nps.detractors());
        assertEquals(20.0, nps.score(), 1e-12);
        assertEquals(-100.0, Nps.of(List.of(0, 6)).score(), 1e-12);
        assertEquals(0.0, Nps.of(List.of(7, 8)).score(), 1e-12, "all passives: zero, not undefined");
        assertTrue(Nps.detractor(6) && !Nps.detractor(7));
        assertThrows(IllegalArgumentException.class, () -> Nps.of(List.of(11)));
    }

    @Test
    void csat_is_the_share_in_the_positive_band_with_neutral_answers_counted() {
        List<Integer> answers = List.of(5, 4, 3, 2, 5, 4, 1);
        Csat csat = Csat.of(answers, Csat.DEFAULT);
        assertEquals(7, csat.n());
        assertEquals(4, csat.positive());
        assertEquals(4.0 / 7, csat.share(), 1e-12);
        assertEquals(2.0 / 7, Csat.of(answers, new Csat.Band(1, 5, 5, 5)).share(), 1e-12, "only the top box");
        assertThrows(IllegalArgumentException.class, () -> Csat.of(List.of(6), Csat.DEFAULT));
        assertThrows(IllegalArgumentException.class, () -> new Csat.Band(1, 5, 4, 6));
    }

    /** A respondent from expectation and perception per dimension (items in order), raw as answered. */
    private static Servqual.Response respondent(int[][] e, int[][] p, Map<ServqualDimension, Integer> points) {
        Integer[] ex = new Integer[22];
        Integer[] pe = new Integer[22];
        int i = 0;
        for (int d = 0; d < 5; d++) {
            for (int k = 0; k < e[d].length; k++, i++) {
                ex[i] = e[d][k];
                pe[i] = p[d][k];
            }
        }
        return new Servqual.Response(ex, pe, points);
    }

    private static int[] all(int n, int v) {
        return java.util.stream.IntStream.range(0, n).map(x -> v).toArray();
    }

    /** A: every item two points below expectation once reversed (negative items answered E 1, P 3 raw). */
    static final Servqual.Response A = respondent(
            new int[][] {all(4, 7), all(5, 7), all(4, 1), all(4, 7), all(5, 1)},
            new int[][] {all(4, 5), all(5, 5), all(4, 3), all(4, 5), all(5, 3)},
            Map.of(
                    ServqualDimension.TANGIBLES, 20,
                    ServqualDimension.RELIABILITY, 30,
                    ServqualDimension.RESPONSIVENESS, 20,
                    ServqualDimension.ASSURANCE, 20,
                    ServqualDimension.EMPATHY, 10));

    /**
     * B: tangibles gaps 0, −1, −2, −1 (−1.0); reliability 0, 0, −1, −1, −2 (−0.8); responsiveness raw E 2, P 2 3 4 2 →
     * reversed E 6, P 6 5 4 6: 0, −1, −2, 0 (−0.75); assurance 1, 0, 0, −1 (0); empathy raw E 1, P 1 2 3 1 2 → E 7,
     * P 7 6 5 7 6: 0, −1, −2, 0, −1 (−0.8). Unweighted (−1 − 0.8 − 0.75 + 0 − 0.8) / 5 = −0.67; weighted with 10, 40,
     * 20, 20, 10 points: −0.1 − 0.32 − 0.15 + 0 − 0.08 = −0.65.
     */
    static final Servqual.Response B = respondent(
            new int[][] {all(4, 6), all(5, 7), all(4, 2), all(4, 5), all(5, 1)},
            new int[][] {{6, 5, 4, 5}, {7, 7, 6, 6, 5}, {2, 3, 4, 2}, {6, 5, 5, 4}, {1, 2, 3, 1, 2}},
            Map.of(
                    ServqualDimension.TANGIBLES, 10,
                    ServqualDimension.RELIABILITY, 40,
                    ServqualDimension.RESPONSIVENESS, 20,
                    ServqualDimension.ASSURANCE, 20,
                    ServqualDimension.EMPATHY, 10));

    @Test
    void servqual_reverses_the_1988_negative_items_and_averages_per_respondent_then_over_respondents() {
        Servqual.Scores b = Servqual.score(List.of(B), ServqualWording.W1988);
        assertEquals(-1.0, b.dimensionGaps().get(ServqualDimension.TANGIBLES), 1e-12);
        assertEquals(-0.8, b.dimensionGaps().get(ServqualDimension.RELIABILITY), 1e-12);
        assertEquals(-0.75, b.dimensionGaps().get(ServqualDimension.RESPONSIVENESS), 1e-12);
        assertEquals(0.0, b.dimensionGaps().get(ServqualDimension.ASSURANCE), 1e-12);
        assertEquals(-0.8, b.dimensionGaps().get(ServqualDimension.EMPATHY), 1e-12);
        assertEquals(-0.67, b.unweighted(), 1e-12);
        assertEquals(-0.65, b.weighted(), 1e-12);

        // both: dimensions (−2 − 1)/2 = −1.5, (−2 − 0.8)/2 = −1.4, (−2 − 0.75)/2 = −1.375, −1, −1.4;
        // unweighted −6.675 / 5 = −1.335; weighted (−2 − 0.65) / 2 = −1.325; item 2: (−2 − 1) / 2 = −1.5
        Servqual.Scores both = Servqual.score(List.of(A, B), ServqualWording.W1988);
        assertEquals(-1.375, both.dimensionGaps().get(ServqualDimension.RESPONSIVENESS), 1e-12);
        assertEquals(-1.335, both.unweighted(), 1e-12);
        assertEquals(-1.325, both.weighted(), 1e-12);
        assertEquals(-1.5, both.itemGaps()[1], 1e-12);
        assertEquals(2, both.n());
        assertEquals(2, both.weightedN());

        // the levels behind the gaps: tangibles E (7 + 6) / 2 = 6.5, P (5 + 5) / 2 = 5; responsiveness reversed:
        // A E 8 − 1 = 7, P 8 − 3 = 5; B E 6, P (6 + 5 + 4 + 6) / 4 = 5.25 → E 6.5, P 5.125, P − E = −1.375
        assertEquals(6.5, both.expectations().get(ServqualDimension.TANGIBLES), 1e-12);
        assertEquals(5.0, both.perceptions().get(ServqualDimension.TANGIBLES), 1e-12);
        assertEquals(6.5, both.expectations().get(ServqualDimension.RESPONSIVENESS), 1e-12);
        assertEquals(5.125, both.perceptions().get(ServqualDimension.RESPONSIVENESS), 1e-12);
        for (ServqualDimension d : ServqualDimension.values()) {
            assertEquals(
                    both.dimensionGaps().get(d),
                    both.perceptions().get(d) - both.expectations().get(d),
                    1e-12,
                    d + ": the gap is P − E of the levels");
        }
    }

    @Test
    void the_1991_wording_is_positive_throughout_so_the_same_answers_score_the_other_way_on_those_items() {
        Servqual.Scores b = Servqual.score(List.of(B), ServqualWording.W1991);
        assertEquals(0.75, b.dimensionGaps().get(ServqualDimension.RESPONSIVENESS), 1e-12, "raw P − E: 0, 1, 2, 0");
        assertEquals(-1.0, b.dimensionGaps().get(ServqualDimension.TANGIBLES), 1e-12, "positive items unchanged");
    }

    @Test
    void unanswered_items_are_left_out_and_bad_answers_or_points_refused() {
        Integer[] e = new Integer[22];
        Integer[] p = new Integer[22];
        e[0] = 7;
        p[0] = 4; // only item 1 answered
        Servqual.Scores s = Servqual.score(List.of(new Servqual.Response(e, p, null)), ServqualWording.W1988);
        assertEquals(-3.0, s.dimensionGaps().get(ServqualDimension.TANGIBLES), 1e-12);
        assertNull(s.dimensionGaps().get(ServqualDimension.EMPATHY));
        assertNull(s.unweighted(), "not every dimension answered");
        assertNull(s.weighted(), "nobody gave points");
        Integer[] bad = new Integer[22];
        bad[3] = 8;
        assertThrows(IllegalArgumentException.class, () -> new Servqual.Response(bad, new Integer[22], null));
        assertThrows(
                IllegalArgumentException.class,
                () -> new Servqual.Response(new Integer[22], new Integer[22], Map.of(ServqualDimension.EMPATHY, 90)));
        assertEquals(ServqualDimension.RESPONSIVENESS, ServqualDimension.of(13));
        assertThrows(IllegalArgumentException.class, () -> ServqualDimension.of(23));
    }
}
