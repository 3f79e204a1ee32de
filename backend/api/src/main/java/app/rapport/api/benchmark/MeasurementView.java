package app.rapport.api.benchmark;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** One point of a target's series; {@code sampleSize} is how many records a computed value was taken from. */
@Serdeable
public record MeasurementView(
        String id,
        LocalDate measuredOn,
        BigDecimal value,
        @Nullable Integer sampleSize,
        boolean computed,
        @Nullable String note,
        String recordedBy,
        Instant recordedAt) {}
