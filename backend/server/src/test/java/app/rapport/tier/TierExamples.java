package app.rapport.tier;

import app.rapport.api.common.TenantRole;
import app.rapport.api.tier.TierDefinition;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Hand-made tiers and client figures for the policy examples. */
final class TierExamples {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    private TierExamples() {}

    static TierDefinition tier(String id, int rank, BigDecimal minValue, BigDecimal share, Integer minScore) {
        return new TierDefinition(
                id,
                rank,
                id,
                id + "级",
                id + "級",
                "#123456",
                minValue,
                share,
                minScore,
                30,
                24,
                List.of(TenantRole.ACCOUNT_MANAGER),
                null,
                null,
                null);
    }

    static ClientValue client(String id, String revenue, String margin, int purchases, int daysAgo) {
        return new ClientValue(
                id,
                new BigDecimal(revenue),
                new BigDecimal(margin),
                purchases,
                purchases == 0 ? null : TODAY.minusDays(daysAgo));
    }

    static BigDecimal d(String v) {
        return new BigDecimal(v);
    }
}
