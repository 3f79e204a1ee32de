package app.rapport.benchmark;

import app.rapport.api.benchmark.Dimension;
import app.rapport.api.benchmark.Direction;
import app.rapport.api.benchmark.MetricSource;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** The rows of the benchmark tables, and the figures the computed metrics read. */
final class Rows {
    private Rows() {}

    @MappedEntity("benchmark_target")
    @Serdeable
    record Target(
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
            @Nullable String metricZhTw) {}

    @MappedEntity("benchmark_measurement")
    @Serdeable
    record Measurement(
            @Id String id,
            String targetId,
            LocalDate measuredOn,
            BigDecimal value,
            @Nullable Integer sampleSize,
            boolean computed,
            @Nullable String note,
            String recordedBy,
            Instant recordedAt) {}

    /** How many records counted and how many of them hit (on time, SURPRISE). */
    @Introspected
    record Share(long n, long hits) {}

    /** When a care action was closed and the day it was due. */
    @Introspected
    record Closed(Instant closedAt, LocalDate dueOn) {}

    /** When a client asked (the touchpoint that promised a follow-up) and when the follow-up was done. */
    @Introspected
    record Answer(Instant askedAt, Instant answeredAt) {}
}
