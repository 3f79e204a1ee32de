package app.rapport.complaint;

import app.rapport.api.common.ProblemCode;
import app.rapport.platform.web.ProblemException;
import java.util.Map;

/** Why a complaint policy refuses a step: a code with its values, and a sentence for the API's reader. */
record Refusal(ProblemCode code, String detail, Map<String, Object> args) {
    ProblemException problem() {
        return new ProblemException(code, detail, args);
    }
}
