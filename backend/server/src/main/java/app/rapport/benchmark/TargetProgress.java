package app.rapport.benchmark;

import app.rapport.api.benchmark.Direction;
import app.rapport.api.benchmark.TargetStatus;
import io.micronaut.core.annotation.Nullable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The status of a benchmark target, by linear progress from the baseline to the target by the due date. The latest
 * measurement is judged (with none, the baseline stands as today's actual: nothing has improved yet):
 *
 * <ol>
 *   <li>ACHIEVED when it reaches the target (at or below it when lower is better, at or above it otherwise);
 *   <li>MISSED when the due date has passed without that;
 *   <li>otherwise the straight line from (baseline date, baseline) to (due date, target) gives the value expected on
 *       the day of the measurement: ON_TRACK when the actual is as good as that or better, AT_RISK when worse.
 * </ol>
 *
 * Progress is the share of the way from baseline to target that the actual has covered.
 */
final class TargetProgress {
    private TargetProgress() {}

    record Judgement(
            TargetStatus status,
            LocalDate judgedOn,
            BigDecimal expected,
            @Nullable BigDecimal actual,
            double progress) {}

    record Latest(LocalDate on, BigDecimal value) {}

    static Judgement judge(
            Direction direction,
            BigDecimal baseline,
            LocalDate baselineOn,
            BigDecimal target,
            LocalDate dueOn,
            @Nullable Latest latest,
            LocalDate today) {
        BigDecimal actual = latest == null ? baseline : latest.value();
        LocalDate judgedOn = latest == null ? today : latest.on();
        BigDecimal expected = expectedOn(baseline, baselineOn, target, dueOn, judgedOn);
        double progress = target.compareTo(baseline) == 0
                ? 1.0
                : actual.subtract(baseline)
                        .divide(target.subtract(baseline), 6, RoundingMode.HALF_UP)
                        .doubleValue();
        TargetStatus status;
        if (latest != null && atLeastAsGood(direction, actual, target)) {
            status = TargetStatus.ACHIEVED;
        } else if (today.isAfter(dueOn)) {
            status = TargetStatus.MISSED;
        } else {
            status = atLeastAsGood(direction, actual, expected) ? TargetStatus.ON_TRACK : TargetStatus.AT_RISK;
        }
        return new Judgement(status, judgedOn, expected, latest == null ? null : actual, progress);
    }

    /** Where the straight line from baseline to target stands on a day (the baseline before, the target after). */
    static BigDecimal expectedOn(
            BigDecimal baseline, LocalDate baselineOn, BigDecimal target, LocalDate dueOn, LocalDate day) {
        long total = ChronoUnit.DAYS.between(baselineOn, dueOn);
        long elapsed = Math.clamp(ChronoUnit.DAYS.between(baselineOn, day), 0, total);
        return baseline.add(target.subtract(baseline)
                        .multiply(BigDecimal.valueOf(elapsed))
                        .divide(BigDecimal.valueOf(total), 4, RoundingMode.HALF_UP))
                .setScale(4, RoundingMode.HALF_UP);
    }

    static boolean atLeastAsGood(Direction direction, BigDecimal value, BigDecimal than) {
        int c = value.compareTo(than);
        return direction == Direction.LOWER_IS_BETTER ? c <= 0 : c >= 0;
    }
}
