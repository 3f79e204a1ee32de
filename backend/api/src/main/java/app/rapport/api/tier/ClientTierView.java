package app.rapport.api.tier;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A client's current tier (with what it entitles to), its pin, its trailing-12-month value with the revenue of the 12
 * months before (for the trend), and its history.
 */
@Serdeable
public record ClientTierView(
        String clientId,
        @Nullable TierDefinition tier,
        @Nullable Instant since,
        boolean pinned,
        @Nullable String pinReason,
        @Nullable LocalDate pinUntil,
        @Nullable String pinnedBy,
        BigDecimal revenue,
        BigDecimal margin,
        int purchases,
        @Nullable LocalDate lastPurchaseOn,
        BigDecimal previousRevenue,
        List<TierChangeView> history) {}
