package app.rapport.platform.spc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Control charts on published data with known limits (SAS/QC's "Jets", individual measurements of 20 jet engine
 * diameters, and "Jets2", 20 more read against the frozen limits), on worked p- and u-chart examples, and each rule on
 * a series built to show it.
 */
class ControlChartsTest {
    /** SAS/QC sample SHWIR1: 20 inner diameters (cm). SAS reports x̄ 80.39, MR̄ 5.32632, σ 4.72032, limits 66.2290 – 94.5510, moving-range UCL 17.3986. */
    static final List<Double> JETS = List.of(
            78.4, 80.1, 84.4, 79.1, 80.4, 83.5, 73.8, 83.5, 75.0, 76.8, 70.5, 80.3, 82.4, 79.4, 86.4, 90.5, 77.7, 82.5,
            79.9, 83.2);
    /** SAS/QC "Jets2": 20 more engines, in control against the limits of Jets. */
    static final List<Double> JETS2 = List.of(
            81.8, 87.5, 80.0, 89.3, 83.9, 76.3, 75.8, 82.4, 82.6, 77.7, 79.3, 81.4, 76.8, 75.9, 86.3, 77.4, 80.9, 87.1,
            85.7, 73.3);

    @Test
    void the_jets_individuals_chart_has_the_limits_sas_publishes_and_no_signal() {
        ControlChart c = ControlCharts.xmr(JETS, 20, RuleSet.THREE_SIGMA);
        assertEquals(80.39, c.centre(), 1e-9);
        assertEquals(5.32632, c.movingRange().mean(), 1e-5);
        assertEquals(4.72032, c.points().get(0).sigma(), 1e-5);
        assertEquals(66.2290, c.points().get(0).lower(), 1e-4);
        assertEquals(94.5510, c.points().get(0).upper(), 1e-4);
        assertEquals(17.3986, c.movingRange().upper(), 1e-4);
        assertEquals(19, c.movingRange().ranges().size());
        assertEquals(List.of(), c.signals());
    }

    @Test
    void limits_from_a_baseline_stay_frozen_for_later_points_and_a_shift_cannot_widen_them() {
        List<Double> both = new ArrayList<>(JETS);
        both.addAll(JETS2);
        ControlChart frozen = ControlCharts.xmr(both, 20, RuleSet.NELSON);
        assertEquals(80.39, frozen.centre(), 1e-9, "the centre of the first 20, not of all 40");
        assertEquals(94.5510, frozen.points().get(39).upper(), 1e-4);
        assertTrue(frozen.points().get(25).baseline() == false
                && frozen.points().get(5).baseline());
        assertEquals(List.of(), frozen.signals(), "SAS: the second 20 are in control");

        List<Double> shifted = new ArrayList<>(JETS);
        JETS2.forEach(x -> shifted.add(x + 15));
        ControlChart c = ControlCharts.xmr(shifted, 20, RuleSet.THREE_SIGMA);
        assertTrue(c.signals().size() >= 5, "a shift of 3σ: " + c.signals());
        assertTrue(c.signals().stream().allMatch(s -> s.index() >= 20 && s.rule() == Rule.BEYOND_3_SIGMA));
        ControlChart rebaselined = ControlCharts.xmr(shifted, 40, RuleSet.THREE_SIGMA);
        assertTrue(rebaselined.points().get(0).upper() > c.points().get(0).upper() + 5, "limits from all 40 widen");
        assertTrue(
                rebaselined.signals().size() < c.signals().size(),
                "and hide most of the shift, which is why limits are frozen: " + rebaselined.signals());
    }

    @Test
    void a_p_chart_has_limits_per_point_from_its_own_sample_size() {
        // p̄ = 20 / 300; n = 50: σ = √(p̄(1−p̄)/50) = 0.035277, UCL = 0.172497, LCL 0 (floored);
        // n = 100: σ = 0.024944, UCL = 0.141500
        ControlChart c = ControlCharts.p(
                List.of(new Count(2, 50), new Count(5, 100), new Count(3, 50), new Count(10, 100)),
                4,
                RuleSet.THREE_SIGMA);
        assertEquals(20.0 / 300, c.centre(), 1e-12);
        assertEquals(0.035277, c.points().get(0).sigma(), 1e-6);
        assertEquals(0.172497, c.points().get(0).upper(), 1e-6);
        assertEquals(0.0, c.points().get(0).lower(), 0);
        assertEquals(0.024944, c.points().get(1).sigma(), 1e-6);
        assertEquals(0.141500, c.points().get(1).upper(), 1e-6);
        assertEquals(0.10, c.points().get(3).value(), 1e-12);
        assertEquals(List.of(), c.signals());

        ControlChart late = ControlCharts.p(
                List.of(new Count(2, 50), new Count(5, 100), new Count(3, 50), new Count(10, 100), new Count(30, 100)),
                4,
                RuleSet.THREE_SIGMA);
        assertEquals(List.of(new Signal(4, Rule.BEYOND_3_SIGMA)), late.signals(), "30 % against a frozen 6.7 %");
        assertThrows(
                IllegalArgumentException.class,
                () -> ControlCharts.p(List.of(new Count(6, 5)), 1, RuleSet.THREE_SIGMA));
        assertThrows(IllegalArgumentException.class, () -> new Count(1, 0));
    }

    @Test
    void a_u_chart_counts_per_unit_of_varying_exposure() {
        // ū = 10 / 440 = 0.0227273; n = 140: σ = √(ū/140) = 0.0127412, UCL = 0.0609508, LCL 0
        ControlChart c = ControlCharts.u(
                List.of(new Count(3, 140), new Count(5, 200), new Count(2, 100)), 3, RuleSet.THREE_SIGMA);
        assertEquals(10.0 / 440, c.centre(), 1e-12);
        assertEquals(0.0127412, c.points().get(0).sigma(), 1e-7);
        assertEquals(0.0609508, c.points().get(0).upper(), 1e-7);
        assertEquals(0.0, c.points().get(0).lower(), 0);
        assertEquals(0.025, c.points().get(1).value(), 1e-12);
    }

    /** Points of centre 0 and σ 1, so each value is its own z. */
    private static List<Signal> signals(RuleSet rules, double... z) {
        List<ChartPoint> points = new ArrayList<>();
        for (int i = 0; i < z.length; i++) {
            points.add(new ChartPoint(i, z[i], 0, -3, 3, 1, true));
        }
        return ControlCharts.signals(points, rules);
    }

    private static List<Integer> where(List<Signal> signals, Rule rule) {
        return signals.stream().filter(s -> s.rule() == rule).map(Signal::index).toList();
    }

    private static double[] repeat(int n, double... pattern) {
        return IntStream.range(0, n)
                .mapToDouble(i -> pattern[i % pattern.length])
                .toArray();
    }

    @Test
    void each_rule_fires_where_its_pattern_completes_and_the_default_is_the_3_sigma_test_alone() {
        assertEquals(List.of(2), where(signals(RuleSet.THREE_SIGMA, 0, 0, 3.5), Rule.BEYOND_3_SIGMA));
        assertEquals(List.of(2), where(signals(RuleSet.THREE_SIGMA, 0, 0, -3.2), Rule.BEYOND_3_SIGMA));
        assertEquals(List.of(), signals(RuleSet.THREE_SIGMA, 2.5, 0, 2.5, 2.5, 1.5, 1.5, 1.5, 1.5), "3σ only");

        assertEquals(
                List.of(2), where(signals(RuleSet.WESTERN_ELECTRIC, 2.5, 0, 2.5), Rule.TWO_OF_THREE_BEYOND_2_SIGMA));
        assertEquals(
                List.of(),
                where(signals(RuleSet.WESTERN_ELECTRIC, 2.5, 0, -2.5), Rule.TWO_OF_THREE_BEYOND_2_SIGMA),
                "on the same side");
        assertEquals(
                List.of(4),
                where(signals(RuleSet.WESTERN_ELECTRIC, 1.5, 1.5, 0, 1.5, 1.5), Rule.FOUR_OF_FIVE_BEYOND_1_SIGMA));
        assertEquals(List.of(7), where(signals(RuleSet.WESTERN_ELECTRIC, repeat(8, 0.5)), Rule.EIGHT_ON_ONE_SIDE));

        assertEquals(List.of(), where(signals(RuleSet.NELSON, repeat(8, -0.5)), Rule.NINE_ON_ONE_SIDE));
        assertEquals(List.of(8), where(signals(RuleSet.NELSON, repeat(9, -0.5)), Rule.NINE_ON_ONE_SIDE));
        assertEquals(List.of(5), where(signals(RuleSet.NELSON, -1, -0.6, -0.2, 0.2, 0.6, 1.0), Rule.SIX_TRENDING));
        assertEquals(List.of(), where(signals(RuleSet.NELSON, -1, -0.6, -0.2, 0.2, 0.6, 0.6), Rule.SIX_TRENDING));
        assertEquals(List.of(13), where(signals(RuleSet.NELSON, repeat(14, 0.5, -0.5)), Rule.FOURTEEN_ALTERNATING));
        assertEquals(
                List.of(14), where(signals(RuleSet.NELSON, repeat(15, 0.2, -0.3, 0.4)), Rule.FIFTEEN_WITHIN_1_SIGMA));
        assertEquals(List.of(7), where(signals(RuleSet.NELSON, repeat(8, 1.5, -1.5)), Rule.EIGHT_OUTSIDE_1_SIGMA));
        assertEquals(
                List.of(),
                where(signals(RuleSet.NELSON, repeat(9, 0.5)), Rule.EIGHT_ON_ONE_SIDE),
                "a Western Electric rule");
    }

    @Test
    void a_baseline_too_short_is_refused_and_one_longer_than_the_series_takes_all_of_it() {
        assertThrows(
                IllegalArgumentException.class, () -> ControlCharts.xmr(List.of(1.0, 2.0), 1, RuleSet.THREE_SIGMA));
        assertEquals(20, ControlCharts.xmr(JETS, 99, RuleSet.THREE_SIGMA).baseline());
        assertEquals(
                Arrays.asList(true, true),
                ControlCharts.xmr(List.of(1.0, 2.0), 0, RuleSet.THREE_SIGMA).points().stream()
                        .map(ChartPoint::baseline)
                        .toList());
    }
}
