package app.rapport.platform.web;

import app.rapport.api.common.ProblemView.FieldProblem;
import io.micronaut.http.HttpStatus;
import java.util.List;

/** A failure to be answered as a problem document: status, a stable code, a human detail, optional fields. */
public class ProblemException extends RuntimeException {
    private final HttpStatus status;
    private final String code;
    private final List<FieldProblem> errors;

    public ProblemException(HttpStatus status, String code, String detail) {
        this(status, code, detail, List.of());
    }

    public ProblemException(HttpStatus status, String code, String detail, List<FieldProblem> errors) {
        super(detail);
        this.status = status;
        this.code = code;
        this.errors = errors;
    }

    public static ProblemException notFound(String what) {
        return new ProblemException(HttpStatus.NOT_FOUND, "not-found", what + " not found");
    }

    public static ProblemException badField(String field, String message) {
        return new ProblemException(
                HttpStatus.BAD_REQUEST,
                "invalid-input",
                field + ": " + message,
                List.of(new FieldProblem(field, message)));
    }

    public HttpStatus status() {
        return status;
    }

    public String code() {
        return code;
    }

    public List<FieldProblem> errors() {
        return errors;
    }
}
