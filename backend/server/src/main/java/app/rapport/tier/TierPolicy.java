package app.rapport.tier;

import app.rapport.api.tier.TierDefinition;
import app.rapport.api.tier.ValueMeasure;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** A way of grading clients into the tenant's tiers. Tiers come ordered by rank, the most valuable first. */
interface TierPolicy {
    Map<String, Decision> classify(
            List<ClientValue> clients, List<TierDefinition> tiers, ValueMeasure measure, LocalDate today);

    static String money(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    static String measureName(ValueMeasure measure) {
        return measure == ValueMeasure.MARGIN ? "margin" : "revenue";
    }

    static TierDefinition lowest(List<TierDefinition> tiers) {
        return tiers.get(tiers.size() - 1);
    }
}
