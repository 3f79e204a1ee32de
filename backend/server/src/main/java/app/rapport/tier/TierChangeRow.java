package app.rapport.tier;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

@MappedEntity("tier_change")
record TierChangeRow(
        @Id String id,
        String clientId,
        @Nullable String fromTierId,
        @Nullable String toTierId,
        Instant at,
        String method,
        String reason,
        String figures,
        String actor) {}
