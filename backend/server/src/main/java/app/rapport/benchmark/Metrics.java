package app.rapport.benchmark;

import app.rapport.api.benchmark.Direction;
import app.rapport.api.benchmark.MetricSource;
import app.rapport.api.survey.ServqualDimension;
import app.rapport.care.OnTimePolicy;
import app.rapport.platform.Percentiles;
import app.rapport.survey.SurveyMeasures;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The metrics Rapport measures from its own data, each over the {@value #WINDOW_DAYS} days up to and including the
 * day measured, each with its unit and the direction that is better:
 *
 * <ul>
 *   <li>STEP_DURATION — median minutes of the touchpoints logged against a blueprint step (any version of it);
 *       lower is better;
 *   <li>CARE_ON_TIME_RATE — percent of the care actions done in the window that were done by their due day;
 *   <li>AVERAGE_REACTION — mean client rating (1–5) of the touchpoints in the window;
 *   <li>SURPRISE_SHARE — percent of the touchpoints with a service level that delivered SURPRISE;
 *   <li>INQUIRY_RESPONSE — median days from a touchpoint that promised a follow-up (the client's inquiry) to that
 *       follow-up being done, over the follow-ups done in the window; lower is better;
 *   <li>SURVEY_CSAT — percent of the CSAT answers submitted in the window within their positive band;
 *   <li>SURVEY_NPS — the net promoter score of the NPS answers submitted in the window;
 *   <li>SERVQUAL_GAP — a dimension's SERVQUAL gap of the answers submitted in the {@value #SERVQUAL_WINDOW_DAYS}
 *       days up to the day (a wave is asked once or twice a year); higher (nearer zero, or above) is better.
 * </ul>
 *
 * A metric without records in the window has no value that day.
 */
@Singleton
class Metrics {
    static final int WINDOW_DAYS = 30;
    static final int SERVQUAL_WINDOW_DAYS = 365;

    private final FigureRepository figures;
    private final SurveyMeasures surveys;
    private final Clock clock;

    Metrics(FigureRepository figures, SurveyMeasures surveys, Clock clock) {
        this.figures = figures;
        this.surveys = surveys;
        this.clock = clock;
    }

    /** A value computed from {@code sampleSize} records. */
    record Value(BigDecimal value, int sampleSize) {}

    static String unit(MetricSource source) {
        return switch (source) {
            case STEP_DURATION -> "min";
            case CARE_ON_TIME_RATE, SURPRISE_SHARE -> "%";
            case AVERAGE_REACTION -> "/5";
            case INQUIRY_RESPONSE -> "days";
            case SURVEY_CSAT -> "%";
            case SURVEY_NPS -> "NPS";
            case SERVQUAL_GAP -> "gap";
            case MANUAL -> throw new IllegalArgumentException("a manual metric has the unit its author gives");
        };
    }

    static Direction direction(MetricSource source) {
        return switch (source) {
            case STEP_DURATION, INQUIRY_RESPONSE -> Direction.LOWER_IS_BETTER;
            case CARE_ON_TIME_RATE, SURPRISE_SHARE, AVERAGE_REACTION, SURVEY_CSAT, SURVEY_NPS, SERVQUAL_GAP ->
                Direction.HIGHER_IS_BETTER;
            case MANUAL -> throw new IllegalArgumentException("a manual metric has the direction its author gives");
        };
    }

    Optional<Value> measure(
            MetricSource source,
            @Nullable String stepLineageId,
            @Nullable ServqualDimension servqualDimension,
            LocalDate day) {
        Instant start =
                day.minusDays(WINDOW_DAYS - 1L).atStartOfDay(clock.getZone()).toInstant();
        Instant end = day.plusDays(1).atStartOfDay(clock.getZone()).toInstant();
        return switch (source) {
            case STEP_DURATION -> {
                List<Integer> minutes = figures.stepMinutes(stepLineageId, start, end);
                yield Optional.ofNullable(Percentiles.median(minutes)).map(m -> new Value(scaled(m), minutes.size()));
            }
            case CARE_ON_TIME_RATE -> {
                List<ClosedCareRow> done = figures.doneCare(start, end);
                long onTime = done.stream()
                        .filter(c -> OnTimePolicy.onTime(c.closedAt(), c.dueOn(), clock.getZone()))
                        .count();
                yield percent(new ShareRow(done.size(), onTime));
            }
            case SURPRISE_SHARE -> percent(figures.surprises(start, end));
            case AVERAGE_REACTION -> {
                List<Integer> ratings = figures.ratings(start, end);
                yield ratings.isEmpty()
                        ? Optional.empty()
                        : Optional.of(new Value(
                                scaled(ratings.stream()
                                        .mapToInt(Integer::intValue)
                                        .average()
                                        .orElseThrow()),
                                ratings.size()));
            }
            case INQUIRY_RESPONSE -> {
                List<Double> days = figures.answers(start, end).stream()
                        .map(a -> Duration.between(a.askedAt(), a.answeredAt()).toMinutes() / (24.0 * 60))
                        .map(d -> Math.max(0, d))
                        .sorted()
                        .toList();
                yield Optional.ofNullable(Percentiles.median(days)).map(m -> new Value(scaled(m), days.size()));
            }
            case SURVEY_CSAT -> surveys.csatPositivePercent(start, end).map(Metrics::value);
            case SURVEY_NPS -> surveys.nps(start, end).map(Metrics::value);
            case SERVQUAL_GAP ->
                surveys.servqualGap(
                                servqualDimension,
                                day.minusDays(SERVQUAL_WINDOW_DAYS - 1L)
                                        .atStartOfDay(clock.getZone())
                                        .toInstant(),
                                end)
                        .map(Metrics::value);
            case MANUAL -> Optional.empty();
        };
    }

    private static Value value(SurveyMeasures.Figure f) {
        return new Value(scaled(f.value()), f.n());
    }

    private static Optional<Value> percent(ShareRow share) {
        if (share.n() == 0) {
            return Optional.empty();
        }
        return Optional.of(new Value(scaled(100.0 * share.hits() / share.n()), (int) share.n()));
    }

    private static BigDecimal scaled(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
    }
}
