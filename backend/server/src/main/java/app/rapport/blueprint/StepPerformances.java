package app.rapport.blueprint;

import app.rapport.api.blueprint.Performance;
import app.rapport.api.blueprint.StepPerformance;
import app.rapport.api.common.FieldCode;
import app.rapport.platform.web.ProblemException;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Per step of a version, the touchpoints logged against it in a period, judged by {@link StepStandard}. */
@Singleton
class StepPerformances {
    static final int MAX_DAYS = 731;

    private final StepRepository steps;
    private final BlueprintVersions versions;
    private final Clock clock;

    StepPerformances(StepRepository steps, BlueprintVersions versions, Clock clock) {
        this.steps = steps;
        this.versions = versions;
        this.clock = clock;
    }

    @Transactional
    Performance of(String versionId, LocalDate from, LocalDate to) {
        versions.versionRow(versionId);
        if (from.getYear() < 1900 || to.getYear() > 9999) {
            throw ProblemException.badField(
                    from.getYear() < 1900 ? "from" : "to", FieldCode.YEAR_RANGE, "min", 1900, "max", 9999);
        }
        if (to.isBefore(from)) {
            throw ProblemException.badField("to", FieldCode.MUST_FOLLOW, "other", "from");
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw ProblemException.badField("to", FieldCode.PERIOD_TOO_LONG, "maxDays", MAX_DAYS);
        }
        Map<String, List<TouchRow>> touches = steps
                .touches(
                        versionId,
                        from.atStartOfDay(clock.getZone()).toInstant(),
                        to.plusDays(1).atStartOfDay(clock.getZone()).toInstant())
                .stream()
                .collect(Collectors.groupingBy(TouchRow::stepId));
        List<StepPerformance> judged = steps.findByVersionId(versionId).stream()
                .sorted(Comparator.comparing(StepRow::lane).thenComparingInt(StepRow::col))
                .map(s -> StepStandard.judge(s, touches.getOrDefault(s.id(), List.of())))
                .toList();
        return new Performance(versionId, from, to, judged);
    }
}
