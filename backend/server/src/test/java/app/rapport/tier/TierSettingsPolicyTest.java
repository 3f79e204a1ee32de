package app.rapport.tier;

import static app.rapport.tier.TierExamples.d;
import static app.rapport.tier.TierExamples.tier;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rapport.api.common.FieldCode;
import app.rapport.api.common.ProblemView.FieldProblem;
import app.rapport.api.tier.TierDefinition;
import app.rapport.api.tier.TierMethod;
import app.rapport.api.tier.TierSettingsWrite;
import app.rapport.api.tier.ValueMeasure;
import java.util.List;
import org.junit.jupiter.api.Test;

/** "A tier configuration is usable when every tier is reachable under the chosen method." */
class TierSettingsPolicyTest {
    private static List<FieldProblem> problems(TierMethod method, TierDefinition... tiers) {
        return new TierSettingsPolicy()
                .problems(new TierSettingsWrite(method, ValueMeasure.REVENUE, 7, List.of(tiers)));
    }

    @Test
    void descending_thresholds_are_usable() {
        assertTrue(problems(TierMethod.THRESHOLD, tier("A", 1, d("100"), null, null), tier("B", 2, d("0"), null, null))
                .isEmpty());
    }

    @Test
    void a_lower_tier_with_a_higher_threshold_is_unreachable() {
        List<FieldProblem> p =
                problems(TierMethod.THRESHOLD, tier("A", 1, d("100"), null, null), tier("B", 2, d("100"), null, null));
        assertEquals("tiers[1].minValue", p.get(0).field());
    }

    @Test
    void ranks_with_a_gap_are_refused() {
        List<FieldProblem> p =
                problems(TierMethod.THRESHOLD, tier("A", 1, d("100"), null, null), tier("B", 3, d("0"), null, null));
        assertEquals("tiers[1].rank", p.get(0).field());
    }

    @Test
    void pareto_bounds_must_rise_and_end_at_100() {
        List<FieldProblem> p =
                problems(TierMethod.PARETO, tier("A", 1, null, d("80"), null), tier("B", 2, null, d("95"), null));
        assertEquals("tiers[1].cumulativeShare", p.get(0).field());
        assertEquals(FieldCode.LAST_SHARE_100, p.get(0).code());
    }

    @Test
    void each_method_requires_its_parameter() {
        List<FieldProblem> p = problems(TierMethod.RFM, tier("A", 1, d("100"), null, null));
        assertEquals("tiers[0].minRfmScore", p.get(0).field());
    }
}
