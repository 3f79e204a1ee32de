package app.rapport.tier;

import static app.rapport.tier.TierExamples.TODAY;
import static app.rapport.tier.TierExamples.client;
import static app.rapport.tier.TierExamples.tier;
import static org.junit.jupiter.api.Assertions.assertEquals;

import app.rapport.api.tier.TierDefinition;
import app.rapport.api.tier.ValueMeasure;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** "Recency, frequency and monetary quintiles add up to a score; the score picks the tier." */
class RfmPolicyTest {
    private final List<TierDefinition> tiers = List.of(
            tier("Champions", 1, null, null, 13), tier("Loyal", 2, null, null, 9), tier("Others", 3, null, null, 0));

    /** Five buyers, each better than the last on every figure: quintiles 1..5 on R, F and M. */
    private final List<ClientValue> five = List.of(
            client("e", "100", "10", 1, 200),
            client("d", "200", "20", 2, 100),
            client("c", "300", "30", 3, 50),
            client("b", "400", "40", 4, 20),
            client("a", "500", "50", 5, 2));

    @Test
    void five_clients_get_one_quintile_each() {
        Map<String, Decision> d = new RfmPolicy().classify(five, tiers, ValueMeasure.REVENUE, TODAY);
        assertEquals("15", d.get("a").figures().get("score"));
        assertEquals("12", d.get("b").figures().get("score"));
        assertEquals("9", d.get("c").figures().get("score"));
        assertEquals("3", d.get("e").figures().get("score"));
        assertEquals("Champions", d.get("a").tierId());
        assertEquals("Loyal", d.get("b").tierId());
        assertEquals("Loyal", d.get("c").tierId());
        assertEquals("Others", d.get("d").tierId());
    }

    @Test
    void equal_figures_get_equal_scores() {
        List<ClientValue> tied =
                List.of(client("x", "100", "1", 2, 10), client("y", "100", "1", 2, 10), client("z", "900", "9", 9, 1));
        Map<String, Integer> m = RfmPolicy.quintiles(tied, ClientValue::revenue);
        assertEquals(m.get("x"), m.get("y"));
        assertEquals(1, m.get("x"));
        assertEquals(4, m.get("z")); // 1 + ⌊5 × 2 ÷ 3⌋
    }

    @Test
    void a_client_without_purchases_scores_zero_and_is_in_the_lowest_tier() {
        Map<String, Decision> d = new RfmPolicy()
                .classify(
                        List.of(client("a", "500", "50", 5, 2), client("new", "0", "0", 0, 0)),
                        tiers,
                        ValueMeasure.REVENUE,
                        TODAY);
        assertEquals("0", d.get("new").figures().get("score"));
        assertEquals("Others", d.get("new").tierId());
    }

    @Test
    void recency_counts_days_since_the_last_purchase() {
        Map<String, Decision> d = new RfmPolicy().classify(five, tiers, ValueMeasure.REVENUE, TODAY);
        assertEquals("200", d.get("e").figures().get("recencyDays"));
        assertEquals("1", d.get("e").figures().get("r"));
        assertEquals("5", d.get("a").figures().get("r"));
    }
}
