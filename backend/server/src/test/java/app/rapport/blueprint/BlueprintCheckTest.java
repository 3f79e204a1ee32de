package app.rapport.blueprint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.rapport.api.blueprint.Finding;
import app.rapport.api.blueprint.FlowView;
import app.rapport.api.blueprint.Lane;
import app.rapport.api.blueprint.StepView;
import app.rapport.api.common.Translated;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Worked examples of the check a draft passes before it is published. */
class BlueprintCheckTest {
    private static StepView step(String id, Lane lane, int col, boolean touchpoint) {
        return new StepView(id, id, lane, col, id, null, null, null, null, false, touchpoint, Translated.NONE);
    }

    private static FlowView flow(String from, String to) {
        return new FlowView(from + "-" + to, from, to);
    }

    private static List<String> codes(List<Finding> findings) {
        return findings.stream()
                .map(f -> f.code() + (f.stepId() == null ? "" : ":" + f.stepId()))
                .toList();
    }

    @Test
    void the_hotel_check_in_passes() {
        List<StepView> steps = List.of(
                step("arrive", Lane.CLIENT_ACTIONS, 1, false),
                step("greet", Lane.FRONT_STAGE, 1, true),
                step("check", Lane.BACK_STAGE, 2, false),
                step("system", Lane.SUPPORT_PROCESSES, 2, false),
                step("key", Lane.FRONT_STAGE, 3, true),
                step("room", Lane.CLIENT_ACTIONS, 3, false));
        List<FlowView> flows = List.of(
                flow("arrive", "greet"),
                flow("greet", "check"),
                flow("system", "check"),
                flow("check", "key"),
                flow("key", "room"));
        assertEquals(List.of(), BlueprintCheck.check(steps, flows));
    }

    @Test
    void an_empty_draft_has_only_one_finding() {
        assertEquals(List.of("NO_STEPS"), codes(BlueprintCheck.check(List.of(), List.of())));
    }

    @Test
    void staff_steps_alone_lack_a_client_action() {
        List<StepView> steps =
                List.of(step("greet", Lane.FRONT_STAGE, 1, false), step("check", Lane.BACK_STAGE, 2, false));
        assertEquals(List.of("NO_CLIENT_ACTION"), codes(BlueprintCheck.check(steps, List.of(flow("greet", "check")))));
    }

    @Test
    void a_step_without_flows_is_an_orphan_unless_it_is_the_only_step() {
        List<StepView> steps = List.of(
                step("arrive", Lane.CLIENT_ACTIONS, 1, false),
                step("greet", Lane.FRONT_STAGE, 1, false),
                step("files", Lane.BACK_STAGE, 4, false));
        assertEquals(
                List.of("ORPHAN_STEP:files"), codes(BlueprintCheck.check(steps, List.of(flow("arrive", "greet")))));
        assertEquals(
                List.of(),
                codes(BlueprintCheck.check(List.of(step("arrive", Lane.CLIENT_ACTIONS, 1, false)), List.of())));
    }

    @Test
    void a_touchpoint_lies_on_the_line_of_interaction() {
        List<StepView> steps = List.of(
                step("arrive", Lane.CLIENT_ACTIONS, 1, true),
                step("greet", Lane.FRONT_STAGE, 1, true),
                step("brief", Lane.FRONT_STAGE, 2, true),
                step("files", Lane.BACK_STAGE, 2, true));
        // arrive→greet crosses the line; brief only meets greet (same side) and files; files is back stage
        List<FlowView> flows = List.of(flow("arrive", "greet"), flow("greet", "brief"), flow("brief", "files"));
        assertEquals(
                List.of("TOUCHPOINT_OFF_LINE:brief", "TOUCHPOINT_OFF_LINE:files"),
                codes(BlueprintCheck.check(steps, flows)));
    }

    @Test
    void a_client_action_joined_only_to_support_is_a_self_service_touchpoint() {
        List<StepView> steps =
                List.of(step("app", Lane.CLIENT_ACTIONS, 1, true), step("server", Lane.SUPPORT_PROCESSES, 1, false));
        assertEquals(List.of(), BlueprintCheck.check(steps, List.of(flow("app", "server"))));
    }
}
