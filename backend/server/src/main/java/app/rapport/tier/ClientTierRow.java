package app.rapport.tier;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.time.LocalDate;

@MappedEntity("client_tier")
@Serdeable
record ClientTierRow(
        @Id String clientId,
        @Nullable String tierId,
        Instant since,
        boolean pinned,
        @Nullable String pinReason,
        @Nullable LocalDate pinUntil,
        @Nullable String pinnedBy) {

    ClientTierRow classifiedAs(String tier, Instant at) {
        return new ClientTierRow(
                clientId, tier, tier != null && tier.equals(tierId) ? since : at, false, null, null, null);
    }
}
