package app.rapport.lifecycle;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import app.rapport.api.common.ProblemCode;
import app.rapport.api.lifecycle.Stage;
import app.rapport.platform.web.ProblemException;
import org.junit.jupiter.api.Test;

/** Worked examples of the transition policy. */
class StageRuleTest {
    @Test
    void moving_to_the_same_stage_is_a_conflict() {
        ProblemException e =
                assertThrows(ProblemException.class, () -> StageRule.check(Stage.FORMATION, Stage.FORMATION, "why"));
        assertEquals(ProblemCode.SAME_STAGE, e.code());
    }

    @Test
    void every_change_needs_a_reason() {
        ProblemException e =
                assertThrows(ProblemException.class, () -> StageRule.check(Stage.FORMATION, Stage.DECLINE, "  "));
        assertEquals("reason", e.errors().get(0).field());
    }

    @Test
    void a_jump_from_exploration_to_stability_needs_a_reason_of_twenty_characters() {
        ProblemException e = assertThrows(
                ProblemException.class, () -> StageRule.check(Stage.EXPLORATION, Stage.STABILITY, "big client"));
        assertEquals(ProblemCode.STAGE_JUMP_NEEDS_REASON, e.code());
        assertDoesNotThrow(
                () -> StageRule.check(Stage.EXPLORATION, Stage.STABILITY, "signed a three-year framework contract"));
        // 19 characters after trimming is still too short
        assertThrows(
                ProblemException.class, () -> StageRule.check(Stage.DECLINE, Stage.STABILITY, "  nineteen chars..  "));
    }

    @Test
    void any_stage_may_fall_to_decline_and_decline_may_return_to_exploration_or_formation() {
        for (Stage from : Stage.values()) {
            if (from != Stage.DECLINE) {
                assertDoesNotThrow(() -> StageRule.check(from, Stage.DECLINE, "x"));
            }
        }
        assertDoesNotThrow(() -> StageRule.check(Stage.DECLINE, Stage.EXPLORATION, "x"));
        assertDoesNotThrow(() -> StageRule.check(Stage.DECLINE, Stage.FORMATION, "x"));
        assertDoesNotThrow(() -> StageRule.check(Stage.FORMATION, Stage.STABILITY, "x"));
    }
}
