package app.rapport.lifecycle;

import app.rapport.api.common.FieldCode;
import app.rapport.api.common.ProblemCode;
import app.rapport.api.common.ProblemView.FieldProblem;
import app.rapport.api.lifecycle.Stage;
import app.rapport.platform.web.ProblemException;
import java.util.List;
import java.util.Map;

/**
 * The transition policy. A client moves to a different stage only, always with a reason. Moving forward over a
 * stage — EXPLORATION straight to STABILITY, or DECLINE straight back to STABILITY — is a jump: its reason must
 * say why in at least {@value #JUMP_REASON_LENGTH} characters. Any stage may fall to DECLINE, and a declining client
 * may be won back to EXPLORATION or FORMATION.
 */
final class StageRule {
    static final int JUMP_REASON_LENGTH = 20;

    private StageRule() {}

    static boolean isJump(Stage from, Stage to) {
        return to == Stage.STABILITY && (from == Stage.EXPLORATION || from == Stage.DECLINE);
    }

    /** An accepted suggestion moves the client for the reasons of its signals: only the stage must differ. */
    static void checkSuggested(Stage from, Stage to) {
        if (from == to) {
            throw new ProblemException(
                    ProblemCode.SAME_STAGE, "the client is already in " + to, Map.of("stage", to.name()));
        }
    }

    static void check(Stage from, Stage to, String reason) {
        checkSuggested(from, to);
        if (reason == null || reason.isBlank()) {
            throw ProblemException.badField("reason", FieldCode.NOT_BLANK);
        }
        if (isJump(from, to) && reason.strip().length() < JUMP_REASON_LENGTH) {
            throw new ProblemException(
                    ProblemCode.STAGE_JUMP_NEEDS_REASON,
                    "moving from " + from + " straight to " + to + " skips a stage: say why in at least "
                            + JUMP_REASON_LENGTH + " characters",
                    Map.of("minLength", JUMP_REASON_LENGTH, "from", from.name(), "to", to.name()),
                    List.of(FieldProblem.of("reason", FieldCode.JUMP_REASON_LENGTH, "minLength", JUMP_REASON_LENGTH)));
        }
    }
}
