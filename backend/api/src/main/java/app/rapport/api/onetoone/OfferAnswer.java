package app.rapport.api.onetoone;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The client's answer to an offer: ACCEPTED or DECLINED, and what they said. */
@Serdeable
public record OfferAnswer(
        @NotNull OfferStatus status,
        @Nullable @Size(max = 500) String response) {}
