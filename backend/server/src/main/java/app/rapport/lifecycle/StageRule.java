package app.rapport.lifecycle;

import app.rapport.api.lifecycle.Stage;
import app.rapport.platform.web.ProblemException;
import io.micronaut.http.HttpStatus;

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

    static void check(Stage from, Stage to, String reason) {
        if (from == to) {
            throw new ProblemException(HttpStatus.CONFLICT, "same-stage", "the client is already in " + to);
        }
        if (reason == null || reason.isBlank()) {
            throw ProblemException.badField("reason", "must not be blank");
        }
        if (isJump(from, to) && reason.strip().length() < JUMP_REASON_LENGTH) {
            throw new ProblemException(
                    HttpStatus.UNPROCESSABLE_ENTITY,
                    "stage-jump-needs-reason",
                    "moving from " + from + " straight to " + to + " skips a stage: say why in at least "
                            + JUMP_REASON_LENGTH + " characters",
                    java.util.List.of(new app.rapport.api.common.ProblemView.FieldProblem(
                            "reason", "at least " + JUMP_REASON_LENGTH + " characters for a jump from " + from)));
        }
    }
}
