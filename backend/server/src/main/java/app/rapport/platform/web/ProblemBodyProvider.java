package app.rapport.platform.web;

import app.rapport.api.common.FieldCode;
import app.rapport.api.common.ProblemCode;
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
import java.util.Map;

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
            e.getPath().ifPresent(path -> fields.add(FieldProblem.of(fieldOf(path), codeOf(e.getMessage()))));
        }
        String detail;
        if (status.getCode() >= 500) {
            detail = "something went wrong on our side; nothing was changed";
        } else if (!fields.isEmpty()) {
            detail = Problems.describe(fields);
        } else {
            detail = context.getErrors().isEmpty()
                    ? status.getReason()
                    : context.getErrors().get(0).getMessage();
        }
        ProblemCode code =
                switch (status) {
                    case BAD_REQUEST -> fields.isEmpty() ? ProblemCode.BAD_REQUEST : ProblemCode.INVALID_INPUT;
                    case NOT_FOUND -> ProblemCode.UNKNOWN_ROUTE; // a missing record is a ProblemException NOT_FOUND
                    case UNAUTHORIZED -> ProblemCode.UNAUTHORIZED;
                    case FORBIDDEN -> ProblemCode.FORBIDDEN;
                    case METHOD_NOT_ALLOWED -> ProblemCode.METHOD_NOT_ALLOWED;
                    case UNSUPPORTED_MEDIA_TYPE -> ProblemCode.UNSUPPORTED_MEDIA_TYPE;
                    case REQUEST_ENTITY_TOO_LARGE -> ProblemCode.TOO_LARGE;
                    default -> status.getCode() >= 500 ? ProblemCode.SERVER_ERROR : ProblemCode.ERROR;
                };
        ProblemView body = Problems.body(code, detail, context.getRequest().getPath(), Map.of(), fields);
        // the status stays the framework's (a code such as ERROR stands for several)
        return new ProblemView(
                body.type(),
                status.getReason(),
                status.getCode(),
                body.detail(),
                body.instance(),
                body.code(),
                body.args(),
                body.errors());
    }

    /** The framework names a missing argument "Required … not specified"; anything else is a wrong value. */
    private static FieldCode codeOf(String message) {
        return message != null && message.startsWith("Required") ? FieldCode.NOT_NULL : FieldCode.INVALID;
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
