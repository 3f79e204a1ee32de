package app.rapport.platform.spc;

import java.util.EnumSet;
import java.util.Set;

/**
 * Which tests a chart applies: the 3σ test alone by default (supplementary rules raise false alarms), the four Western
 * Electric rules, or the eight Nelson rules, when a user opts in.
 */
public enum RuleSet {
    THREE_SIGMA(EnumSet.of(Rule.BEYOND_3_SIGMA)),
    WESTERN_ELECTRIC(EnumSet.of(
            Rule.BEYOND_3_SIGMA,
            Rule.TWO_OF_THREE_BEYOND_2_SIGMA,
            Rule.FOUR_OF_FIVE_BEYOND_1_SIGMA,
            Rule.EIGHT_ON_ONE_SIDE)),
    NELSON(EnumSet.of(
            Rule.BEYOND_3_SIGMA,
            Rule.NINE_ON_ONE_SIDE,
            Rule.SIX_TRENDING,
            Rule.FOURTEEN_ALTERNATING,
            Rule.TWO_OF_THREE_BEYOND_2_SIGMA,
            Rule.FOUR_OF_FIVE_BEYOND_1_SIGMA,
            Rule.FIFTEEN_WITHIN_1_SIGMA,
            Rule.EIGHT_OUTSIDE_1_SIGMA));

    private final Set<Rule> rules;

    RuleSet(Set<Rule> rules) {
        this.rules = rules;
    }

    public Set<Rule> rules() {
        return EnumSet.copyOf(rules);
    }
}
