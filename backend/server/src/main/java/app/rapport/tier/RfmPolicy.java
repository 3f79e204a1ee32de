package app.rapport.tier;

import app.rapport.api.common.ReasonCode;
import app.rapport.api.tier.TierDefinition;
import app.rapport.api.tier.ValueMeasure;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * RFM: among clients who bought in the last 12 months, each gets a quintile score 1–5 for recency (fewer days since
 * the last purchase is better), frequency (purchases) and monetary value; equal figures get equal scores. The sum
 * (3–15) puts the client in the most valuable tier whose minimum score it reaches. Clients without a purchase in 12
 * months score 0 and are in the lowest tier.
 */
class RfmPolicy implements TierPolicy {

    @Override
    public Map<String, Decision> classify(
            List<ClientValue> clients, List<TierDefinition> tiers, ValueMeasure measure, LocalDate today) {
        List<ClientValue> buyers = clients.stream()
                .filter(c -> c.purchases() > 0 && c.lastPurchaseOn() != null)
                .toList();
        Map<String, Integer> r =
                quintiles(buyers, c -> BigDecimal.valueOf(-ChronoUnit.DAYS.between(c.lastPurchaseOn(), today)));
        Map<String, Integer> f = quintiles(buyers, c -> BigDecimal.valueOf(c.purchases()));
        Map<String, Integer> m = quintiles(buyers, c -> c.value(measure));
        TierDefinition lowest = TierPolicy.lowest(tiers);
        Map<String, Decision> decisions = new HashMap<>();
        for (ClientValue c : clients) {
            Map<String, String> figures = new HashMap<>();
            figures.put("measure", measure.name());
            figures.put("value", TierPolicy.money(c.value(measure)));
            figures.put("frequency", String.valueOf(c.purchases()));
            if (!r.containsKey(c.clientId())) {
                figures.put("score", "0");
                decisions.put(c.clientId(), new Decision(lowest.id(), ReasonCode.NO_PURCHASE, figures));
                continue;
            }
            int score = r.get(c.clientId()) + f.get(c.clientId()) + m.get(c.clientId());
            long days = ChronoUnit.DAYS.between(c.lastPurchaseOn(), today);
            figures.put("recencyDays", String.valueOf(days));
            figures.put("r", String.valueOf(r.get(c.clientId())));
            figures.put("f", String.valueOf(f.get(c.clientId())));
            figures.put("m", String.valueOf(m.get(c.clientId())));
            figures.put("score", String.valueOf(score));
            TierDefinition chosen = lowest;
            for (TierDefinition t : tiers) {
                if (t.minRfmScore() != null && score >= t.minRfmScore()) {
                    chosen = t;
                    break;
                }
            }
            figures.put(
                    "minScore",
                    chosen.minRfmScore() == null ? "" : chosen.minRfmScore().toString());
            decisions.put(c.clientId(), new Decision(chosen.id(), ReasonCode.RFM_SCORE, figures));
        }
        return decisions;
    }

    /**
     * Score 1–5 by position in ascending order: 1 + ⌊5 × (index of the first client with this figure) ÷ n⌋, so the
     * best fifth scores 5 and equal figures share the lower score of their group's start.
     */
    static Map<String, Integer> quintiles(List<ClientValue> clients, Function<ClientValue, BigDecimal> figure) {
        List<ClientValue> sorted = new ArrayList<>(clients);
        sorted.sort(Comparator.comparing(figure));
        Map<String, Integer> scores = new HashMap<>();
        int n = sorted.size();
        int groupStart = 0;
        for (int i = 0; i < n; i++) {
            if (i > 0 && figure.apply(sorted.get(i)).compareTo(figure.apply(sorted.get(i - 1))) != 0) {
                groupStart = i;
            }
            scores.put(sorted.get(i).clientId(), 1 + (5 * groupStart) / n);
        }
        return scores;
    }
}
