package app.rapport.api.onetoone;

import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A client due to run out of a product within the tenant's horizon (or already out). */
@Serdeable
public record ReplenishmentItem(
        String clientId,
        String clientName,
        String productId,
        String productName,
        String unit,
        LocalDate runOutOn,
        int daysLeft,
        BigDecimal dailyRate,
        RateMethod method,
        LocalDate lastPurchaseOn) {}
