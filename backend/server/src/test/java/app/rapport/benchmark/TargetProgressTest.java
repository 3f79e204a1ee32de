package app.rapport.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import app.rapport.api.benchmark.Direction;
import app.rapport.api.benchmark.TargetStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Worked examples of the linear progress policy, on the credit-card case of seed 004: card applications took 35
 * days and were to take 15 within a year (from 1 January to 1 January, 365 days).
 */
class TargetProgressTest {
    private static final LocalDate START = LocalDate.of(2025, 1, 1);
    private static final LocalDate DUE = LocalDate.of(2026, 1, 1);

    private static TargetProgress.Judgement application(String value, LocalDate on, LocalDate today) {
        return TargetProgress.judge(
                Direction.LOWER_IS_BETTER,
                new BigDecimal("35"),
                START,
                new BigDecimal("15"),
                DUE,
                value == null ? null : new TargetProgress.Latest(on, new BigDecimal(value)),
                today);
    }

    @Test
    void halfway_through_the_year_the_line_expects_25_days() {
        // 1 Jan → 2 Jul 2025 is 182 of 365 days: 35 − 20 × 182/365 = 25.0274
        LocalDate july = LocalDate.of(2025, 7, 2);
        assertEquals(
                new BigDecimal("25.0274"),
                TargetProgress.expectedOn(new BigDecimal("35"), START, new BigDecimal("15"), DUE, july));
        TargetProgress.Judgement ahead = application("24", july, july);
        assertEquals(TargetStatus.ON_TRACK, ahead.status());
        assertEquals(0.55, ahead.progress(), 1e-9);
        assertEquals(TargetStatus.AT_RISK, application("26", july, july).status());
    }

    @Test
    void reaching_15_days_achieves_it_even_before_the_due_date() {
        LocalDate october = LocalDate.of(2025, 10, 1);
        TargetProgress.Judgement j = application("15", october, october);
        assertEquals(TargetStatus.ACHIEVED, j.status());
        assertEquals(1.0, j.progress(), 1e-9);
    }

    @Test
    void the_due_date_passing_at_16_days_misses_it() {
        assertEquals(
                TargetStatus.MISSED,
                application("16", LocalDate.of(2025, 12, 20), LocalDate.of(2026, 1, 2))
                        .status());
    }

    @Test
    void without_a_measurement_the_baseline_stands_as_today() {
        TargetProgress.Judgement first = application(null, null, START);
        assertEquals(TargetStatus.ON_TRACK, first.status());
        assertNull(first.actual());
        TargetProgress.Judgement later = application(null, null, LocalDate.of(2025, 2, 1));
        assertEquals(TargetStatus.AT_RISK, later.status());
        assertEquals(LocalDate.of(2025, 2, 1), later.judgedOn());
    }

    @Test
    void higher_is_better_for_an_on_time_rate() {
        // 60 % → 90 % in 100 days; on day 50 the line stands at 75 %
        LocalDate start = LocalDate.of(2026, 1, 1);
        TargetProgress.Judgement j = TargetProgress.judge(
                Direction.HIGHER_IS_BETTER,
                new BigDecimal("60"),
                start,
                new BigDecimal("90"),
                start.plusDays(100),
                new TargetProgress.Latest(start.plusDays(50), new BigDecimal("75")),
                start.plusDays(50));
        assertEquals(new BigDecimal("75.0000"), j.expected());
        assertEquals(TargetStatus.ON_TRACK, j.status());
        assertEquals(0.5, j.progress(), 1e-9);
    }
}
