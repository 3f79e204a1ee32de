package app.rapport.api.tier;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The whole tier configuration, replaced at once (tiers with an id are kept, others added, missing ones removed). */
@Serdeable
public record TierSettingsWrite(
        @NotNull TierMethod method,
        @NotNull ValueMeasure measure,
        @Min(1) @Max(90) int replenishmentDays,
        @NotNull @Size(min = 1, max = 10) List<@Valid TierDefinition> tiers) {}
