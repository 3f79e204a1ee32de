package app.rapport.platform.web;

import app.rapport.api.common.FieldCode;
import app.rapport.api.common.ProblemCode;
import app.rapport.api.common.ProblemView.FieldProblem;
import java.util.List;
import java.util.Map;

/**
 * A refusal to be answered as a problem document: a {@link ProblemCode} (which carries the status), the values its
 * wording needs, the offending fields, and an English note for developers reading raw responses. Features throw it
 * without knowing HTTP; {@code platform.web} turns it into a response.
 */
public class ProblemException extends RuntimeException {
    private final ProblemCode code;
    private final Map<String, Object> args;
    private final List<FieldProblem> errors;

    public ProblemException(ProblemCode code, String detail) {
        this(code, detail, Map.of(), List.of());
    }

    public ProblemException(ProblemCode code, String detail, List<FieldProblem> errors) {
        this(code, detail, Map.of(), errors);
    }

    public ProblemException(ProblemCode code, String detail, Map<String, Object> args) {
        this(code, detail, args, List.of());
    }

    public ProblemException(ProblemCode code, String detail, Map<String, Object> args, List<FieldProblem> errors) {
        super(detail);
        this.code = code;
        this.args = Map.copyOf(args);
        this.errors = List.copyOf(errors);
    }

    /** The record does not exist in the caller's tenant; {@code what} names its kind and id for developers. */
    public static ProblemException notFound(String what) {
        return new ProblemException(ProblemCode.NOT_FOUND, what + " not found");
    }

    public static ProblemException badField(String field, FieldCode code) {
        return invalid(FieldProblem.of(field, code));
    }

    public static ProblemException badField(String field, FieldCode code, String arg, Object value) {
        return invalid(FieldProblem.of(field, code, arg, value));
    }

    public static ProblemException badField(
            String field, FieldCode code, String arg, Object value, String arg2, Object value2) {
        return invalid(FieldProblem.of(field, code, arg, value, arg2, value2));
    }

    public static ProblemException invalid(FieldProblem problem) {
        return invalid(List.of(problem));
    }

    public static ProblemException invalid(List<FieldProblem> problems) {
        return new ProblemException(ProblemCode.INVALID_INPUT, Problems.describe(problems), problems);
    }

    public ProblemCode code() {
        return code;
    }

    public Map<String, Object> args() {
        return args;
    }

    public List<FieldProblem> errors() {
        return errors;
    }
}
