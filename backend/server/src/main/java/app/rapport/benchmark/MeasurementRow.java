package app.rapport.benchmark;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

@MappedEntity("benchmark_measurement")
@Serdeable
record MeasurementRow(
        @Id String id,
        String targetId,
        LocalDate measuredOn,
        BigDecimal value,
        @Nullable Integer sampleSize,
        boolean computed,
        @Nullable String note,
        String recordedBy,
        Instant recordedAt) {}
