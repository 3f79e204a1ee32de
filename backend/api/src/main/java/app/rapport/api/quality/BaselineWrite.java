package app.rapport.api.quality;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/** The weeks a chart's limits come from (the weeks starting on or after {@code from} and on or before {@code to}) and its rules. */
@Serdeable
public record BaselineWrite(
        @NotNull LocalDate from,
        @NotNull LocalDate to,
        @NotNull ChartRules rules) {}
