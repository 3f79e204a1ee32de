package app.rapport.api.gaps;

import app.rapport.api.survey.ServqualDimension;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * A member's view of one SERVQUAL dimension, on SERVQUAL's 7-point scale: how much they believe clients expect of it
 * ({@code expected}, 1 hardly anything – 7 the very best) and how fully the tenant's service standards specify it
 * ({@code specified}, 1 not at all – 7 completely).
 */
@Serdeable
public record DimensionAssessment(
        @NotNull ServqualDimension dimension,
        @NotNull @Min(1) @Max(7) Integer expected,
        @NotNull @Min(1) @Max(7) Integer specified) {}
