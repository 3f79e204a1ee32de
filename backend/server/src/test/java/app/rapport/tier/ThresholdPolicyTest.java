package app.rapport.tier;

import static app.rapport.tier.TierExamples.TODAY;
import static app.rapport.tier.TierExamples.client;
import static app.rapport.tier.TierExamples.d;
import static app.rapport.tier.TierExamples.tier;
import static org.junit.jupiter.api.Assertions.assertEquals;

import app.rapport.api.common.ReasonCode;
import app.rapport.api.tier.TierDefinition;
import app.rapport.api.tier.ValueMeasure;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** "A client belongs to the most valuable tier whose minimum its trailing-12-month value meets." */
class ThresholdPolicyTest {
    // Strategic ≥ 100,000; Key ≥ 20,000; Standard ≥ 5,000; Basic ≥ 0
    private final List<TierDefinition> tiers = List.of(
            tier("Strategic", 1, d("100000"), null, null),
            tier("Key", 2, d("20000"), null, null),
            tier("Standard", 3, d("5000"), null, null),
            tier("Basic", 4, d("0"), null, null));

    private Decision decide(ClientValue c, ValueMeasure measure) {
        return new ThresholdPolicy().classify(List.of(c), tiers, measure, TODAY).get(c.clientId());
    }

    @Test
    void a_value_exactly_at_a_threshold_meets_it() {
        Decision d = decide(client("a", "20000.00", "4000", 6, 10), ValueMeasure.REVENUE);
        assertEquals("Key", d.tierId());
        assertEquals("20000.00", d.figures().get("threshold"));
        assertEquals(ReasonCode.THRESHOLD_MET, d.reason());
    }

    @Test
    void a_value_one_cent_below_falls_to_the_next_tier() {
        assertEquals(
                "Standard",
                decide(client("a", "19999.99", "4000", 6, 10), ValueMeasure.REVENUE)
                        .tierId());
    }

    @Test
    void margin_is_used_when_the_tenant_grades_by_margin() {
        // revenue would make it Strategic; its margin of 25,000 makes it Key
        assertEquals(
                "Key",
                decide(client("a", "150000", "25000", 12, 3), ValueMeasure.MARGIN)
                        .tierId());
    }

    @Test
    void a_client_with_no_purchases_is_in_the_lowest_tier_that_admits_zero() {
        Decision d = decide(client("a", "0", "0", 0, 0), ValueMeasure.REVENUE);
        assertEquals("Basic", d.tierId());
        assertEquals("0.00", d.figures().get("value"));
    }

    @Test
    void a_client_below_every_threshold_is_in_the_lowest_tier() {
        List<TierDefinition> noFloor =
                List.of(tier("Key", 1, d("20000"), null, null), tier("Standard", 2, d("5000"), null, null));
        Map<String, Decision> d = new ThresholdPolicy()
                .classify(List.of(client("a", "100", "10", 1, 5)), noFloor, ValueMeasure.REVENUE, TODAY);
        assertEquals("Standard", d.get("a").tierId());
        assertEquals(ReasonCode.BELOW_EVERY_THRESHOLD, d.get("a").reason());
    }
}
