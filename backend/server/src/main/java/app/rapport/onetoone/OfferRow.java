package app.rapport.onetoone;

import app.rapport.api.onetoone.OfferStatus;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.time.LocalDate;

@MappedEntity("offer")
@Serdeable
record OfferRow(
        @Id String id,
        String clientId,
        String kind,
        String what,
        String why,
        LocalDate validUntil,
        OfferStatus status,
        @Nullable String response,
        String proposedBy,
        Instant proposedAt,
        @Nullable Instant decidedAt) {}
