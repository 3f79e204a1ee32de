package app.rapport.api.onetoone;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;

/** Offers of one kind: how many, how answered; acceptance rate = accepted ÷ answered or expired (null if none). */
@Serdeable
public record OfferKindStats(
        String kind,
        int offers,
        int accepted,
        int declined,
        int expired,
        int open,
        @Nullable BigDecimal acceptanceRate) {}
