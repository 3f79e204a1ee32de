package app.rapport.api.quality;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A metric's control chart: its kind and rules, the baseline weeks the limits come from (frozen until someone sets
 * another; {@code baselineSet} false: the first 20 weeks with data, by default), who set it and when, its version (the
 * ETag to send when setting it), the centre line (none without data) and every week from the baseline's first to the
 * last one ended, with the signals the rules found.
 */
@Serdeable
public record ControlChartView(
        QualityMetric metric,
        ChartKind kind,
        ChartRules rules,
        @Nullable LocalDate baselineFrom,
        @Nullable LocalDate baselineTo,
        boolean baselineSet,
        @Nullable String baselineSetBy,
        @Nullable Instant baselineSetAt,
        long version,
        @Nullable Double centre,
        List<ChartPointView> points,
        List<ChartSignalView> signals) {}
