package app.rapport.api.onetoone;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * How fast one client uses one product and when it will run out, with how that was worked out: the intervals the
 * rate was learned from (and which were left out as one-offs), or the manual or typical rate used.
 */
@Serdeable
public record ConsumptionView(
        String productId,
        String productName,
        String unit,
        RateMethod method,
        @Nullable BigDecimal dailyRate,
        @Nullable LocalDate lastPurchaseOn,
        @Nullable BigDecimal lastQuantity,
        @Nullable LocalDate runOutOn,
        @Nullable Integer daysLeft,
        List<Interval> intervals) {

    /** quantity bought on {@code from} lasted until the next purchase on {@code to}. */
    @Serdeable
    public record Interval(
            LocalDate from, LocalDate to, int days, BigDecimal quantity, BigDecimal rate, boolean used) {}
}
