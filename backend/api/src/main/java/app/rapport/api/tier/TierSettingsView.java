package app.rapport.api.tier;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;

/** The tenant's tier configuration: method, measure, ordered tiers, replenishment horizon, last run. */
@Serdeable
public record TierSettingsView(
        TierMethod method,
        ValueMeasure measure,
        int replenishmentDays,
        List<TierDefinition> tiers,
        @Nullable Instant lastRunAt,
        long version) {}
