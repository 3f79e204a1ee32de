package app.rapport.api.purchase;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** One purchase by one client: what, when, how much, for how much and at what margin, through which channel. */
@Serdeable
public record PurchaseView(
        String id,
        String clientId,
        String productId,
        String productName,
        LocalDate purchasedOn,
        BigDecimal quantity,
        String unit,
        BigDecimal amount,
        BigDecimal margin,
        @Nullable String channel,
        boolean imported,
        Instant createdAt,
        String createdBy) {}
