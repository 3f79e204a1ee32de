package app.rapport.api.blueprint;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * How a step did in a period: touchpoints logged against it, how many had a duration, the median and 90th
 * percentile duration in minutes, the share of timed touchpoints within the target, the average client reaction.
 */
@Serdeable
public record StepPerformance(
        String stepId,
        String stepName,
        Lane lane,
        @Nullable Integer targetMinutes,
        int touchpoints,
        int timed,
        @Nullable Double medianMinutes,
        @Nullable Double p90Minutes,
        @Nullable Double withinStandard,
        @Nullable Double averageRating,
        Verdict verdict) {}
