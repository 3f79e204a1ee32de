package app.rapport.platform.web;

import app.rapport.api.common.ProblemView;
import app.rapport.api.common.ProblemView.FieldProblem;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.validation.exceptions.ConstraintExceptionHandler;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.util.Comparator;
import java.util.List;

/** Bean-validation failures: 400 with every offending field named by its path in the request body. */
@Singleton
@Replaces(ConstraintExceptionHandler.class)
final class ValidationProblemHandler
        implements ExceptionHandler<ConstraintViolationException, HttpResponse<ProblemView>> {

    @Override
    public HttpResponse<ProblemView> handle(HttpRequest request, ConstraintViolationException e) {
        List<FieldProblem> fields = e.getConstraintViolations().stream()
                .map(ValidationProblemHandler::field)
                .sorted(Comparator.comparing(FieldProblem::field))
                .toList();
        String detail = fields.stream()
                .map(f -> f.field() + ": " + f.message())
                .reduce((a, b) -> a + "; " + b)
                .orElse("invalid input");
        return Problems.response(request, HttpStatus.BAD_REQUEST, "invalid-input", detail, fields);
    }

    private static FieldProblem field(ConstraintViolation<?> v) {
        return new FieldProblem(ProblemBodyProvider.fieldOf(v.getPropertyPath().toString()), v.getMessage());
    }
}
