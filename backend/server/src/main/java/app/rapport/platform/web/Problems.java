package app.rapport.platform.web;

import app.rapport.api.common.ProblemCode;
import app.rapport.api.common.ProblemView;
import app.rapport.api.common.ProblemView.FieldProblem;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Builds problem+json responses; the {@code type} is a stable URI per problem code. */
public final class Problems {
    public static final MediaType PROBLEM_JSON = MediaType.of(ProblemView.MEDIA_TYPE);
    private static final String TYPE_BASE = "https://rapport.app/problems/";

    private Problems() {}

    public static ProblemView body(
            ProblemCode code, String detail, String instance, Map<String, Object> args, List<FieldProblem> errors) {
        HttpStatus status = HttpStatus.valueOf(code.status());
        return new ProblemView(
                TYPE_BASE + code.wire(),
                status.getReason(),
                status.getCode(),
                detail,
                instance,
                code.wire(),
                args.isEmpty() ? null : args,
                errors.isEmpty() ? null : errors);
    }

    public static MutableHttpResponse<ProblemView> response(HttpRequest<?> request, ProblemCode code, String detail) {
        return response(request, code, detail, Map.of(), List.of());
    }

    public static MutableHttpResponse<ProblemView> response(
            HttpRequest<?> request, ProblemCode code, String detail, List<FieldProblem> errors) {
        return response(request, code, detail, Map.of(), errors);
    }

    public static MutableHttpResponse<ProblemView> response(
            HttpRequest<?> request,
            ProblemCode code,
            String detail,
            Map<String, Object> args,
            List<FieldProblem> errors) {
        return HttpResponse.<ProblemView>status(HttpStatus.valueOf(code.status()))
                .contentType(PROBLEM_JSON)
                .body(body(code, detail, request == null ? null : request.getPath(), args, errors));
    }

    /** The developer's note for field problems: {@code name: NOT_BLANK; size: SIZE {max=40}}. */
    static String describe(List<FieldProblem> problems) {
        return problems.stream()
                .map(p -> p.field() + ": " + p.code() + (p.args().isEmpty() ? "" : " " + p.args()))
                .collect(Collectors.joining("; "));
    }
}
