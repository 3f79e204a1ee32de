package app.rapport.tier;

import app.rapport.api.common.ReasonCode;
import app.rapport.api.tier.TierDefinition;
import app.rapport.api.tier.ValueMeasure;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Pareto / ABC: clients are ranked by value, most valuable first; a client belongs to the first tier whose bound
 * (cumulative share in percent) is above the share of all clients ranked ahead of it — so the client that crosses
 * a boundary still belongs to the tier it completes. Clients with equal value share a tier (the tier of the first
 * of them): a tie never splits at a boundary. Clients without positive value are in the lowest tier.
 */
class CumulativeSharePolicy implements TierPolicy {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Override
    public Map<String, Decision> classify(
            List<ClientValue> clients, List<TierDefinition> tiers, ValueMeasure measure, LocalDate today) {
        List<ClientValue> ranked = new ArrayList<>(clients);
        ranked.sort(Comparator.comparing((ClientValue c) -> c.value(measure))
                .reversed()
                .thenComparing(ClientValue::clientId));
        BigDecimal total = ranked.stream()
                .map(c -> c.value(measure))
                .filter(v -> v.signum() > 0)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        TierDefinition lowest = TierPolicy.lowest(tiers);
        Map<String, Decision> decisions = new HashMap<>();
        BigDecimal ahead = BigDecimal.ZERO;
        BigDecimal previousValue = null;
        TierDefinition previousTier = null;
        BigDecimal previousShareAhead = null;
        for (ClientValue c : ranked) {
            BigDecimal value = c.value(measure);
            Map<String, String> figures = new HashMap<>();
            figures.put("measure", measure.name());
            figures.put("value", TierPolicy.money(value));
            figures.put("total", TierPolicy.money(total));
            if (value.signum() <= 0 || total.signum() == 0) {
                decisions.put(c.clientId(), new Decision(lowest.id(), ReasonCode.NO_POSITIVE_VALUE, figures));
                continue;
            }
            BigDecimal shareAhead = ahead.multiply(HUNDRED).divide(total, 4, RoundingMode.HALF_UP);
            TierDefinition chosen;
            boolean tie = value.equals(previousValue);
            if (tie) {
                chosen = previousTier;
                shareAhead = previousShareAhead;
            } else {
                chosen = lowest;
                for (TierDefinition t : tiers) {
                    if (t.cumulativeShare() != null && shareAhead.compareTo(t.cumulativeShare()) < 0) {
                        chosen = t;
                        break;
                    }
                }
            }
            ahead = ahead.add(value);
            figures.put(
                    "shareAhead", shareAhead.setScale(2, RoundingMode.HALF_UP).toPlainString());
            figures.put(
                    "cumulativeShare",
                    ahead.multiply(HUNDRED)
                            .divide(total, 2, RoundingMode.HALF_UP)
                            .toPlainString());
            figures.put(
                    "bound",
                    chosen.cumulativeShare() == null
                            ? ""
                            : chosen.cumulativeShare().toPlainString());
            if (tie) {
                figures.put("tie", "true");
            }
            decisions.put(c.clientId(), new Decision(chosen.id(), ReasonCode.WITHIN_SHARE, figures));
            previousValue = value;
            previousTier = chosen;
            previousShareAhead = shareAhead;
        }
        return decisions;
    }
}
