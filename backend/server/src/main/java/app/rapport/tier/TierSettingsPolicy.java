package app.rapport.tier;

import app.rapport.api.common.ProblemView.FieldProblem;
import app.rapport.api.tier.TierDefinition;
import app.rapport.api.tier.TierMethod;
import app.rapport.api.tier.TierSettingsWrite;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
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
                .sorted(java.util.Comparator.comparingInt(TierDefinition::rank))
                .toList();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < tiers.size(); i++) {
            TierDefinition t = tiers.get(i);
            String at = "tiers[" + settings.tiers().indexOf(t) + "]";
            if (t.rank() != i + 1) {
                problems.add(new FieldProblem(at + ".rank", "ranks must run 1, 2, 3… without gaps or repeats"));
            }
            if (!names.add(t.nameEn().strip().toLowerCase(java.util.Locale.ROOT))) {
                problems.add(new FieldProblem(at + ".nameEn", "another tier has this name"));
            }
            TierDefinition previous = i == 0 ? null : tiers.get(i - 1);
            switch (settings.method()) {
                case THRESHOLD -> {
                    if (t.minValue() == null) {
                        problems.add(new FieldProblem(at + ".minValue", "is required by the THRESHOLD method"));
                    } else if (previous != null
                            && previous.minValue() != null
                            && t.minValue().compareTo(previous.minValue()) >= 0) {
                        problems.add(new FieldProblem(
                                at + ".minValue", "must be below the minimum of the tier ranked above it"));
                    }
                }
                case PARETO -> {
                    if (t.cumulativeShare() == null) {
                        problems.add(new FieldProblem(at + ".cumulativeShare", "is required by the PARETO method"));
                    } else if (previous != null
                            && previous.cumulativeShare() != null
                            && t.cumulativeShare().compareTo(previous.cumulativeShare()) <= 0) {
                        problems.add(new FieldProblem(
                                at + ".cumulativeShare", "must be above the bound of the tier ranked above it"));
                    } else if (i == tiers.size() - 1 && t.cumulativeShare().compareTo(BigDecimal.valueOf(100)) != 0) {
                        problems.add(new FieldProblem(at + ".cumulativeShare", "of the last tier must be 100"));
                    }
                }
                case RFM -> {
                    if (t.minRfmScore() == null) {
                        problems.add(new FieldProblem(at + ".minRfmScore", "is required by the RFM method"));
                    } else if (previous != null
                            && previous.minRfmScore() != null
                            && t.minRfmScore() >= previous.minRfmScore()) {
                        problems.add(new FieldProblem(
                                at + ".minRfmScore", "must be below the minimum score of the tier ranked above it"));
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
