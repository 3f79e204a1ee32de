package app.rapport.api.tier;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** One line of "most valuable clients": rank by the chosen measure over the trailing 12 months. */
@Serdeable
public record RankedClient(
        int rank,
        String clientId,
        String name,
        @Nullable String tierId,
        BigDecimal revenue,
        BigDecimal margin,
        int purchases,
        @Nullable LocalDate lastPurchaseOn) {}
