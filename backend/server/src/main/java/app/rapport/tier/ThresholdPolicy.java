package app.rapport.tier;

import app.rapport.api.common.ReasonCode;
import app.rapport.api.tier.TierDefinition;
import app.rapport.api.tier.ValueMeasure;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A client belongs to the most valuable tier whose minimum its trailing-12-month value meets; a value exactly at
 * the minimum meets it. A client below every minimum (or without purchases, value 0) is in the lowest tier.
 */
class ThresholdPolicy implements TierPolicy {

    @Override
    public Map<String, Decision> classify(
            List<ClientValue> clients, List<TierDefinition> tiers, ValueMeasure measure, LocalDate today) {
        Map<String, Decision> decisions = new HashMap<>();
        for (ClientValue c : clients) {
            BigDecimal value = c.value(measure);
            TierDefinition chosen = null;
            for (TierDefinition t : tiers) {
                if (t.minValue() != null && value.compareTo(t.minValue()) >= 0) {
                    chosen = t;
                    break;
                }
            }
            Map<String, String> figures = new HashMap<>();
            figures.put("measure", measure.name());
            figures.put("value", TierPolicy.money(value));
            Decision d;
            if (chosen == null) {
                TierDefinition lowest = TierPolicy.lowest(tiers);
                figures.put("threshold", lowest.minValue() == null ? "" : TierPolicy.money(lowest.minValue()));
                d = new Decision(lowest.id(), ReasonCode.BELOW_EVERY_THRESHOLD, figures);
            } else {
                figures.put("threshold", TierPolicy.money(chosen.minValue()));
                d = new Decision(chosen.id(), ReasonCode.THRESHOLD_MET, figures);
            }
            decisions.put(c.clientId(), d);
        }
        return decisions;
    }
}
