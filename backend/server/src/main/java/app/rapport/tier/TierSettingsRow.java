package app.rapport.tier;

import app.rapport.api.tier.TierMethod;
import app.rapport.api.tier.ValueMeasure;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import java.time.Instant;

@MappedEntity("tier_settings")
record TierSettingsRow(
        @Id Integer id,
        TierMethod method,
        ValueMeasure measure,
        int replenishmentDays,
        @Nullable Instant lastRunAt,
        @Version long version) {}
