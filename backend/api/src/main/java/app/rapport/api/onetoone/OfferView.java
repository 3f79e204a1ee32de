package app.rapport.api.onetoone;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.time.LocalDate;

@Serdeable
public record OfferView(
        String id,
        String kind,
        String what,
        String why,
        LocalDate validUntil,
        OfferStatus status,
        @Nullable String response,
        String proposedBy,
        Instant proposedAt,
        @Nullable Instant decidedAt) {}
