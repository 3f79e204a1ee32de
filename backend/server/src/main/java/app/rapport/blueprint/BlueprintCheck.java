package app.rapport.blueprint;

import app.rapport.api.blueprint.Finding;
import app.rapport.api.blueprint.FindingCode;
import app.rapport.api.blueprint.FlowView;
import app.rapport.api.blueprint.Lane;
import app.rapport.api.blueprint.StepView;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The check a draft must pass before it is published. Every finding blocks publishing:
 *
 * <ol>
 *   <li>NO_STEPS — a blueprint without steps describes no service;
 *   <li>NO_CLIENT_ACTION — at least one step lies in the client actions lane: a service is built around what the
 *       client does;
 *   <li>ORPHAN_STEP — with more than one step, every step has a flow in or out: a step nothing leads to or from is
 *       not part of the process;
 *   <li>TOUCHPOINT_OFF_LINE — a touchpoint (client-facing) step lies on the line of interaction: it is a client action
 *       or front-stage step with a flow that crosses the line (a client action joined to a staff step, a front-stage
 *       step joined to a client action). Back-stage and support steps are invisible to the client and never
 *       touchpoints.
 * </ol>
 */
final class BlueprintCheck {
    private BlueprintCheck() {}

    static List<Finding> check(List<StepView> steps, List<FlowView> flows) {
        if (steps.isEmpty()) {
            return List.of(new Finding(FindingCode.NO_STEPS, null, null));
        }
        List<Finding> findings = new ArrayList<>();
        if (steps.stream().noneMatch(s -> s.lane() == Lane.CLIENT_ACTIONS)) {
            findings.add(new Finding(FindingCode.NO_CLIENT_ACTION, null, null));
        }
        Map<String, StepView> byId = new HashMap<>();
        steps.forEach(s -> byId.put(s.id(), s));
        Map<String, List<StepView>> neighbours = new HashMap<>();
        for (FlowView f : flows) {
            StepView from = byId.get(f.fromStepId());
            StepView to = byId.get(f.toStepId());
            if (from != null && to != null) {
                neighbours.computeIfAbsent(from.id(), k -> new ArrayList<>()).add(to);
                neighbours.computeIfAbsent(to.id(), k -> new ArrayList<>()).add(from);
            }
        }
        for (StepView s : steps) {
            List<StepView> joined = neighbours.getOrDefault(s.id(), List.of());
            if (steps.size() > 1 && joined.isEmpty()) {
                findings.add(new Finding(FindingCode.ORPHAN_STEP, s.id(), s.name()));
            }
            if (s.touchpoint() && !onLineOfInteraction(s, joined)) {
                findings.add(new Finding(FindingCode.TOUCHPOINT_OFF_LINE, s.id(), s.name()));
            }
        }
        return List.copyOf(findings);
    }

    private static boolean onLineOfInteraction(StepView step, List<StepView> joined) {
        Set<Lane> across =
                switch (step.lane()) {
                    case CLIENT_ACTIONS -> Set.of(Lane.FRONT_STAGE, Lane.BACK_STAGE, Lane.SUPPORT_PROCESSES);
                    case FRONT_STAGE -> Set.of(Lane.CLIENT_ACTIONS);
                    case BACK_STAGE, SUPPORT_PROCESSES -> Set.of();
                };
        return joined.stream().anyMatch(n -> across.contains(n.lane()));
    }
}
