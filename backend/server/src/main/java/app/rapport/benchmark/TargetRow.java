package app.rapport.benchmark;

import app.rapport.api.benchmark.Dimension;
import app.rapport.api.benchmark.Direction;
import app.rapport.api.benchmark.MetricSource;
import app.rapport.api.survey.ServqualDimension;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

@MappedEntity("benchmark_target")
@Serdeable
record TargetRow(
        @Id String id,
        String metric,
        MetricSource metricSource,
        @Nullable String stepLineageId,
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
        Instant createdAt,
        String createdBy,
        @Nullable String metricZhCn,
        @Nullable String metricZhTw,
        @Nullable ServqualDimension servqualDimension) {}
