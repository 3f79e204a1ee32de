package app.rapport.ui.support;

import app.rapport.api.common.FieldCode;
import app.rapport.api.common.ProblemView;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import java.util.List;

/** Refusals as the API sends them: a status with a problem document. */
public final class FakeProblems {
    private FakeProblems() {}

    public static <T> HttpResponse<T> problem(HttpStatus status, String code, List<ProblemView.FieldProblem> errors) {
        @SuppressWarnings("unchecked")
        HttpResponse<T> r = (HttpResponse<T>) HttpResponse.status(status)
                .body(new ProblemView(null, status.getReason(), status.getCode(), code, null, code, null, errors));
        return r;
    }

    public static <T> HttpResponse<T> badField(String field, FieldCode code) {
        return problem(HttpStatus.BAD_REQUEST, "invalid-input", List.of(ProblemView.FieldProblem.of(field, code)));
    }
}
