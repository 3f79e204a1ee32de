package app.rapport.tier;

import static app.rapport.tier.TierExamples.TODAY;
import static app.rapport.tier.TierExamples.client;
import static app.rapport.tier.TierExamples.d;
import static app.rapport.tier.TierExamples.tier;
import static org.junit.jupiter.api.Assertions.assertEquals;

import app.rapport.api.tier.TierDefinition;
import app.rapport.api.tier.ValueMeasure;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** "The clients making the first 80% of value are A, the next 15% B, the rest C; ties never split." */
class CumulativeSharePolicyTest {
    private final List<TierDefinition> abc = List.of(
            tier("A", 1, null, d("80"), null), tier("B", 2, null, d("95"), null), tier("C", 3, null, d("100"), null));

    private Map<String, Decision> classify(ClientValue... clients) {
        return new CumulativeSharePolicy().classify(List.of(clients), abc, ValueMeasure.MARGIN, TODAY);
    }

    @Test
    void the_client_that_crosses_the_boundary_completes_the_tier() {
        // margins 50, 40, 10 (total 100): ahead of c2 is 50% < 80 → A; ahead of c3 is 90% → B
        Map<String, Decision> d =
                classify(client("c1", "0", "50", 3, 1), client("c2", "0", "40", 3, 1), client("c3", "0", "10", 3, 1));
        assertEquals("A", d.get("c1").tierId());
        assertEquals("A", d.get("c2").tierId());
        assertEquals("B", d.get("c3").tierId());
        assertEquals("90.00", d.get("c3").figures().get("shareAhead"));
    }

    @Test
    void a_share_exactly_at_the_bound_starts_the_next_tier() {
        // 50 + 30 = 80 ahead of c3: not below 80 → B
        Map<String, Decision> d = classify(
                client("c1", "0", "50", 1, 1),
                client("c2", "0", "30", 1, 1),
                client("c3", "0", "10", 1, 1),
                client("c4", "0", "10", 1, 1));
        assertEquals("A", d.get("c2").tierId());
        assertEquals("B", d.get("c3").tierId());
    }

    @Test
    void clients_tied_at_a_boundary_share_the_tier_of_the_first_of_them() {
        // 50, 30, 10, 5, 5: c4 has 90% ahead → B; c5 (tied with c4) would have 95% ahead → C alone, but stays B
        Map<String, Decision> d = classify(
                client("c1", "0", "50", 1, 1),
                client("c2", "0", "30", 1, 1),
                client("c3", "0", "10", 1, 1),
                client("c4", "0", "5", 1, 1),
                client("c5", "0", "5", 1, 1));
        assertEquals("B", d.get("c3").tierId());
        assertEquals("B", d.get("c4").tierId());
        assertEquals("B", d.get("c5").tierId());
    }

    @Test
    void clients_without_positive_value_are_in_the_lowest_tier() {
        Map<String, Decision> d = classify(
                client("c1", "0", "100", 1, 1), client("none", "0", "0", 0, 0), client("loss", "10", "-5", 1, 1));
        assertEquals("A", d.get("c1").tierId());
        assertEquals("C", d.get("none").tierId());
        assertEquals("C", d.get("loss").tierId());
    }

    @Test
    void a_tenant_where_nobody_bought_puts_everyone_in_the_lowest_tier() {
        Map<String, Decision> d = classify(client("a", "0", "0", 0, 0), client("b", "0", "0", 0, 0));
        assertEquals("C", d.get("a").tierId());
        assertEquals("C", d.get("b").tierId());
    }
}
