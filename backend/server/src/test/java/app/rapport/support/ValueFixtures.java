package app.rapport.support;

import app.rapport.api.common.TenantRole;
import app.rapport.api.purchase.ProductWrite;
import app.rapport.api.purchase.PurchaseWrite;
import app.rapport.api.tier.TierDefinition;
import app.rapport.api.tier.TierMethod;
import app.rapport.api.tier.TierSettingsWrite;
import app.rapport.api.tier.ValueMeasure;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Request bodies for products, purchases and tier settings. */
public final class ValueFixtures {
    private ValueFixtures() {}

    public static ProductWrite product(String name, String unit, String typicalDailyUsage) {
        return new ProductWrite(name, unit, typicalDailyUsage == null ? null : new BigDecimal(typicalDailyUsage));
    }

    public static PurchaseWrite purchase(String productId, int daysAgo, String quantity, String amount, String margin) {
        return new PurchaseWrite(
                productId,
                LocalDate.now().minusDays(daysAgo),
                new BigDecimal(quantity),
                null,
                new BigDecimal(amount),
                new BigDecimal(margin),
                "counter");
    }

    public static TierDefinition tier(String name, int rank, String minValue, String share, Integer minScore) {
        return new TierDefinition(
                null,
                rank,
                name,
                name + "客户",
                name + "客戶",
                "#1a7f5a",
                minValue == null ? null : new BigDecimal(minValue),
                share == null ? null : new BigDecimal(share),
                minScore,
                30,
                24,
                List.of(TenantRole.ACCOUNT_MANAGER),
                "Served by a named account manager",
                null,
                null);
    }

    /** Strategic ≥ 100,000; Key ≥ 20,000; Standard ≥ 5,000; Basic ≥ 0 — by trailing-12-month revenue. */
    public static TierSettingsWrite thresholds() {
        return new TierSettingsWrite(
                TierMethod.THRESHOLD,
                ValueMeasure.REVENUE,
                7,
                List.of(
                        tier("Strategic", 1, "100000", null, null),
                        tier("Key", 2, "20000", null, null),
                        tier("Standard", 3, "5000", null, null),
                        tier("Basic", 4, "0", null, null)));
    }

    /** A 80 / B 95 / C 100 by margin. */
    public static TierSettingsWrite pareto() {
        return new TierSettingsWrite(
                TierMethod.PARETO,
                ValueMeasure.MARGIN,
                7,
                List.of(
                        tier("A", 1, null, "80", null),
                        tier("B", 2, null, "95", null),
                        tier("C", 3, null, "100", null)));
    }
}
