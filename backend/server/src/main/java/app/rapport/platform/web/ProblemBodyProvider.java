package app.rapport.platform.web;

import app.rapport.api.common.ProblemView;
import app.rapport.api.common.ProblemView.FieldProblem;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.JsonErrorResponseBodyProvider;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns every error the framework answers (validation, unreadable JSON, unknown route, missing parameter, ...) into
 * an RFC 9457 problem document that names the offending fields. Server errors never leak internals.
 */
@Singleton
@Replaces(JsonErrorResponseBodyProvider.class)
final class ProblemBodyProvider implements JsonErrorResponseBodyProvider<ProblemView> {

    @Override
    public ProblemView body(ErrorContext context, HttpResponse<?> response) {
        HttpStatus status = response.getStatus();
        List<FieldProblem> fields = new ArrayList<>();
        for (Error e : context.getErrors()) {
            e.getPath().ifPresent(path -> fields.add(new FieldProblem(fieldOf(path), e.getMessage())));
        }
        String detail;
        if (status.getCode() >= 500) {
            detail = "something went wrong on our side; nothing was changed";
        } else if (!fields.isEmpty()) {
            detail = fields.stream()
                    .map(f -> f.field() + ": " + f.message())
                    .reduce((a, b) -> a + "; " + b)
                    .orElseThrow();
        } else {
            detail = context.getErrors().isEmpty()
                    ? status.getReason()
                    : context.getErrors().get(0).getMessage();
        }
        String code =
                switch (status) {
                    case BAD_REQUEST -> fields.isEmpty() ? "bad-request" : "invalid-input";
                    case NOT_FOUND -> "unknown-route"; // a missing record is a ProblemException "not-found"
                    case UNAUTHORIZED -> "unauthorized";
                    case FORBIDDEN -> "forbidden";
                    case METHOD_NOT_ALLOWED -> "method-not-allowed";
                    case UNSUPPORTED_MEDIA_TYPE -> "unsupported-media-type";
                    case REQUEST_ENTITY_TOO_LARGE -> "too-large";
                    default -> status.getCode() >= 500 ? "server-error" : "error";
                };
        return Problems.body(status, code, detail, context.getRequest().getPath(), fields);
    }

    @Override
    public String contentType() {
        return ProblemView.MEDIA_TYPE;
    }

    /**
     * Validation paths look like {@code create.client.contacts[0].email}: the method and the argument come first.
     * The caller only knows the body, so those two are dropped.
     */
    static String fieldOf(String path) {
        String[] parts = path.split("\\.", 3);
        return parts.length == 3 ? parts[2] : parts[parts.length - 1];
    }
}
