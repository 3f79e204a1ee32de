package app.rapport.tier;

import app.rapport.api.common.FieldCode;
import app.rapport.api.common.ProblemView.FieldProblem;
import app.rapport.api.tier.TierDefinition;
import app.rapport.api.tier.TierMethod;
import app.rapport.api.tier.TierSettingsWrite;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A tier configuration is usable when ranks run 1, 2, 3… without gaps and every tier carries the parameter of the
 * chosen method, strictly ordered so that no tier is unreachable: minimum values and minimum scores fall with rank,
 * cumulative-share bounds rise with rank and the last one is 100% (every client with value lands somewhere).
 */
class TierSettingsPolicy {

    List<FieldProblem> problems(TierSettingsWrite settings) {
        List<FieldProblem> problems = new ArrayList<>();
        List<TierDefinition> tiers = settings.tiers().stream()
                .sorted(Comparator.comparingInt(TierDefinition::rank))
                .toList();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < tiers.size(); i++) {
            TierDefinition t = tiers.get(i);
            String at = "tiers[" + settings.tiers().indexOf(t) + "]";
            if (t.rank() != i + 1) {
                problems.add(FieldProblem.of(at + ".rank", FieldCode.RANKS_IN_ORDER));
            }
            if (!names.add(t.nameEn().strip().toLowerCase(Locale.ROOT))) {
                problems.add(FieldProblem.of(at + ".nameEn", FieldCode.TAKEN));
            }
            TierDefinition previous = i == 0 ? null : tiers.get(i - 1);
            switch (settings.method()) {
                case THRESHOLD -> {
                    if (t.minValue() == null) {
                        problems.add(
                                FieldProblem.of(at + ".minValue", FieldCode.REQUIRED_BY_METHOD, "method", "THRESHOLD"));
                    } else if (previous != null
                            && previous.minValue() != null
                            && t.minValue().compareTo(previous.minValue()) >= 0) {
                        problems.add(FieldProblem.of(at + ".minValue", FieldCode.BELOW_HIGHER_TIER));
                    }
                }
                case PARETO -> {
                    if (t.cumulativeShare() == null) {
                        problems.add(FieldProblem.of(
                                at + ".cumulativeShare", FieldCode.REQUIRED_BY_METHOD, "method", "PARETO"));
                    } else if (previous != null
                            && previous.cumulativeShare() != null
                            && t.cumulativeShare().compareTo(previous.cumulativeShare()) <= 0) {
                        problems.add(FieldProblem.of(at + ".cumulativeShare", FieldCode.ABOVE_HIGHER_TIER));
                    } else if (i == tiers.size() - 1 && t.cumulativeShare().compareTo(BigDecimal.valueOf(100)) != 0) {
                        problems.add(FieldProblem.of(at + ".cumulativeShare", FieldCode.LAST_SHARE_100));
                    }
                }
                case RFM -> {
                    if (t.minRfmScore() == null) {
                        problems.add(
                                FieldProblem.of(at + ".minRfmScore", FieldCode.REQUIRED_BY_METHOD, "method", "RFM"));
                    } else if (previous != null
                            && previous.minRfmScore() != null
                            && t.minRfmScore() >= previous.minRfmScore()) {
                        problems.add(FieldProblem.of(at + ".minRfmScore", FieldCode.BELOW_HIGHER_TIER));
                    }
                }
            }
        }
        return problems;
    }

    static TierPolicy of(TierMethod method) {
        return switch (method) {
            case THRESHOLD -> new ThresholdPolicy();
            case PARETO -> new CumulativeSharePolicy();
            case RFM -> new RfmPolicy();
        };
    }
}
