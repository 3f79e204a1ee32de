package app.rapport.api.benchmark;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A measurement taken by hand; a second one of the same day replaces the first. */
@Serdeable
public record MeasurementWrite(
        @NotNull @PastOrPresent LocalDate measuredOn,

        @NotNull @DecimalMin("-1000000000") @DecimalMax("1000000000")
        BigDecimal value,

        @Nullable @Size(max = 500) String note) {}
