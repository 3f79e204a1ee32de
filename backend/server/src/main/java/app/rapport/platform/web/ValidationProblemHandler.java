package app.rapport.platform.web;

import app.rapport.api.common.FieldCode;
import app.rapport.api.common.ProblemCode;
import app.rapport.api.common.ProblemView;
import app.rapport.api.common.ProblemView.FieldProblem;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.validation.exceptions.ConstraintExceptionHandler;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.util.List;
import java.util.Locale;

/** Bean-validation failures: 400 with every offending field named by its path in the request body. */
@Singleton
@Replaces(ConstraintExceptionHandler.class)
final class ValidationProblemHandler
        implements ExceptionHandler<ConstraintViolationException, HttpResponse<ProblemView>> {

    @Override
    public HttpResponse<ProblemView> handle(HttpRequest request, ConstraintViolationException e) {
        List<FieldProblem> fields = Violations.of(e.getConstraintViolations());
        return Problems.response(request, ProblemCode.INVALID_INPUT, Problems.describe(fields), fields);
    }

    /**
     * A constraint's code: its own message when that names a {@link FieldCode} (a pattern with a meaning, such as
     * {@code message = "CURRENCY_CODE"}), else the constraint's name ({@code @DecimalMin} is {@code DECIMAL_MIN}).
     */
    static FieldCode codeOf(ConstraintViolation<?> v) {
        String template = v.getMessageTemplate();
        if (template != null && template.matches("[A-Z_]+")) {
            return FieldCode.valueOf(template);
        }
        String name =
                v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
        String constant = name.replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
        try {
            return FieldCode.valueOf(constant);
        } catch (IllegalArgumentException e) {
            return FieldCode.INVALID;
        }
    }
}
