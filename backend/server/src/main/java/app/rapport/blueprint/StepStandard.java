package app.rapport.blueprint;

import app.rapport.api.blueprint.StepPerformance;
import app.rapport.api.blueprint.Verdict;
import app.rapport.platform.Percentiles;
import java.util.List;
import java.util.Objects;

/**
 * How a step performed against its standard in a period. Over the touchpoints logged against the step:
 *
 * <ul>
 *   <li>the median duration (the middle value; the mean of the two middle values for an even count) and the 90th
 *       percentile by nearest rank (the value at place ⌈0.9 × n⌉ of the sorted durations), over those with a
 *       duration;
 *   <li>within standard: the share of timed touchpoints that took no longer than the target duration;
 *   <li>the verdict: NO_STANDARD without a target duration; NO_DATA without a timed touchpoint; MEETS when at least
 *       {@value #REQUIRED_SHARE} of the timed touchpoints are within the target (the promise kept four times in
 *       five), MISSES otherwise.
 * </ul>
 */
final class StepStandard {
    static final double REQUIRED_SHARE = 0.8;

    private StepStandard() {}

    static StepPerformance judge(StepRow step, List<TouchRow> touches) {
        List<Integer> minutes = touches.stream()
                .map(TouchRow::durationMinutes)
                .filter(Objects::nonNull)
                .sorted()
                .toList();
        List<Integer> ratings =
                touches.stream().map(TouchRow::rating).filter(Objects::nonNull).toList();
        Integer target = step.targetMinutes();
        Double within = target == null || minutes.isEmpty()
                ? null
                : minutes.stream().filter(m -> m <= target).count() / (double) minutes.size();
        Verdict verdict;
        if (target == null) {
            verdict = Verdict.NO_STANDARD;
        } else if (within == null) {
            verdict = Verdict.NO_DATA;
        } else {
            verdict = within >= REQUIRED_SHARE ? Verdict.MEETS : Verdict.MISSES;
        }
        return new StepPerformance(
                step.id(),
                step.name(),
                step.lane(),
                target,
                touches.size(),
                minutes.size(),
                Percentiles.median(minutes),
                Percentiles.nearestRank(minutes, 0.9),
                within,
                ratings.isEmpty()
                        ? null
                        : ratings.stream().mapToInt(Integer::intValue).average().orElseThrow(),
                verdict);
    }
}
