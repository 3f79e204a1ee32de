package app.rapport.blueprint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import app.rapport.api.blueprint.Lane;
import app.rapport.api.blueprint.StepPerformance;
import app.rapport.api.blueprint.Verdict;
import app.rapport.platform.Percentiles;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Worked examples of a step's performance against its standard. */
class StepStandardTest {
    private static StepRow step(Integer target) {
        return new StepRow(
                "s", "v", "s", Lane.FRONT_STAGE, 1, "Greet", null, null, target, null, false, true, null, null);
    }

    private static List<TouchRow> touches(Integer... minutes) {
        return Arrays.stream(minutes).map(m -> new TouchRow("s", m, null)).toList();
    }

    @Test
    void ten_check_ins_against_a_five_minute_standard() {
        // 2 3 3 4 4 5 5 6 8 12: median (4+5)/2 = 4.5, p90 = 9th of 10 = 8, within 7 of 10 = 70 % → misses
        StepPerformance p = StepStandard.judge(step(5), touches(4, 12, 3, 5, 8, 2, 6, 4, 5, 3));
        assertEquals(10, p.touchpoints());
        assertEquals(4.5, p.medianMinutes());
        assertEquals(8.0, p.p90Minutes());
        assertEquals(0.7, p.withinStandard(), 1e-9);
        assertEquals(Verdict.MISSES, p.verdict());
    }

    @Test
    void four_in_five_within_the_target_meets_it() {
        StepPerformance p = StepStandard.judge(step(5), touches(2, 3, 5, 4, 9));
        assertEquals(4.0, p.medianMinutes());
        assertEquals(9.0, p.p90Minutes());
        assertEquals(0.8, p.withinStandard(), 1e-9);
        assertEquals(Verdict.MEETS, p.verdict());
    }

    @Test
    void untimed_touchpoints_count_but_judge_nothing() {
        List<TouchRow> touches =
                List.of(new TouchRow("s", null, 4), new TouchRow("s", null, 5), new TouchRow("s", null, null));
        StepPerformance p = StepStandard.judge(step(5), touches);
        assertEquals(3, p.touchpoints());
        assertEquals(0, p.timed());
        assertNull(p.medianMinutes());
        assertEquals(4.5, p.averageRating());
        assertEquals(Verdict.NO_DATA, p.verdict());
    }

    @Test
    void a_step_without_a_target_has_no_standard_to_meet() {
        StepPerformance p = StepStandard.judge(step(null), touches(30, 40));
        assertEquals(35.0, p.medianMinutes());
        assertNull(p.withinStandard());
        assertEquals(Verdict.NO_STANDARD, p.verdict());
    }

    @Test
    void nearest_rank_percentiles() {
        assertEquals(7.0, Percentiles.nearestRank(List.of(7), 0.9));
        assertEquals(10.0, Percentiles.nearestRank(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11), 0.9));
        assertNull(Percentiles.median(List.of()));
        assertEquals(2.0, Percentiles.median(List.of(1, 2, 3)));
    }
}
