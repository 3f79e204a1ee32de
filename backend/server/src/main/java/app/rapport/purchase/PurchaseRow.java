package app.rapport.purchase;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

@MappedEntity("purchase")
record PurchaseRow(
        @Id String id,
        String clientId,
        String productId,
        LocalDate purchasedOn,
        BigDecimal quantity,
        String unit,
        BigDecimal amount,
        BigDecimal margin,
        @Nullable String channel,
        @Nullable String importKey,
        Instant createdAt,
        String createdBy) {}
