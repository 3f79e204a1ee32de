package app.rapport.api.benchmark;

import app.rapport.api.common.Translated;
import app.rapport.api.survey.ServqualDimension;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A target with its derived status: {@code expected} is where the straight line from baseline to target stands on
 * the day judged ({@code judgedOn}), {@code progress} the share of the way from baseline to target covered by the
 * latest actual (0 to 1, may exceed 1). Measurements are oldest first. {@code mayChange}: whether the caller may
 * change the target and its measurements (the server decides; a UI offers what it allows). A SERVQUAL gap target
 * names its dimension.
 */
@Serdeable
public record TargetView(
        String id,
        String metric,
        MetricSource source,
        @Nullable String stepLineageId,
        @Nullable String stepName,
        Dimension dimension,
        String unit,
        Direction direction,
        BigDecimal baselineValue,
        LocalDate baselineOn,
        @Nullable String competitorName,
        @Nullable BigDecimal competitorValue,
        @Nullable String competitorSource,
        BigDecimal targetValue,
        LocalDate dueOn,
        String owner,
        TargetStatus status,
        LocalDate judgedOn,
        BigDecimal expected,
        @Nullable BigDecimal actual,
        double progress,
        List<MeasurementView> measurements,
        Instant createdAt,
        String createdBy,
        boolean mayChange,
        Translated metricTranslations,
        @Nullable ServqualDimension servqualDimension) {}
