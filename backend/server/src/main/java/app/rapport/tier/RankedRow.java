package app.rapport.tier;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import java.time.LocalDate;

@Introspected
record RankedRow(
        String clientId,
        String name,
        @Nullable String tierId,
        java.math.BigDecimal revenue,
        java.math.BigDecimal margin,
        int purchases,
        @Nullable LocalDate lastPurchaseOn) {}
