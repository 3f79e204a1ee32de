package app.rapport.platform.web;

import app.rapport.api.common.ProblemView;
import app.rapport.api.common.ProblemView.FieldProblem;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import java.util.List;

/** Builds problem+json responses; the {@code type} is a stable URI per problem code. */
public final class Problems {
    public static final MediaType PROBLEM_JSON = MediaType.of(ProblemView.MEDIA_TYPE);
    private static final String TYPE_BASE = "https://rapport.app/problems/";

    private Problems() {}

    public static ProblemView body(
            HttpStatus status, String code, String detail, String instance, List<FieldProblem> errors) {
        return new ProblemView(
                TYPE_BASE + code,
                status.getReason(),
                status.getCode(),
                detail,
                instance,
                code,
                errors.isEmpty() ? null : errors);
    }

    public static MutableHttpResponse<ProblemView> response(
            HttpRequest<?> request, HttpStatus status, String code, String detail) {
        return response(request, status, code, detail, List.of());
    }

    public static MutableHttpResponse<ProblemView> response(
            HttpRequest<?> request, HttpStatus status, String code, String detail, List<FieldProblem> errors) {
        return HttpResponse.<ProblemView>status(status)
                .contentType(PROBLEM_JSON)
                .body(body(status, code, detail, request == null ? null : request.getPath(), errors));
    }
}
