package app.rapport.platform.web;

import app.rapport.api.common.FieldCode;
import app.rapport.api.common.ProblemCode;
import app.rapport.api.common.ProblemView;
import app.rapport.api.common.ProblemView.FieldProblem;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.server.exceptions.ConversionErrorHandler;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A body or parameter that could not be read as its type (an unknown enum value, text where a number belongs): 400,
 * naming the field. The decoder names the type it failed on, so the field is the body's component of that type.
 */
@Singleton
@Replaces(ConversionErrorHandler.class)
final class ConversionProblemHandler implements ExceptionHandler<ConversionErrorException, HttpResponse<ProblemView>> {
    private static final Pattern TYPE = Pattern.compile("value of type `([\\w.$]+)`");
    private static final Pattern REQUIRED =
            Pattern.compile("Required (?:constructor parameter|argument) \\[[^]]*?(\\w+)]");
    private static final Pattern EXPECTED = Pattern.compile("(Expected one of \\[[^]]*] but was '[^']*')");

    @Override
    public HttpResponse<ProblemView> handle(HttpRequest request, ConversionErrorException e) {
        String message = String.valueOf(e.getConversionError().getCause().getMessage());
        String field = e.getArgument().getName();
        Matcher type = TYPE.matcher(message);
        if (type.find()) {
            field = componentOfType(e.getArgument().getType(), type.group(1)).orElse(field);
        }
        Matcher required = REQUIRED.matcher(message);
        Matcher expected = EXPECTED.matcher(message);
        FieldProblem problem;
        if (required.find()) {
            problem = FieldProblem.of(required.group(1), FieldCode.NOT_NULL);
        } else if (expected.find()) {
            problem = FieldProblem.of(field, FieldCode.ONE_OF, "allowed", allowed(expected.group(1)));
        } else {
            problem = FieldProblem.of(field, FieldCode.INVALID);
        }
        return Problems.response(
                request, ProblemCode.INVALID_INPUT, Problems.describe(List.of(problem)), List.of(problem));
    }

    /** The names in "Expected one of [A, B] but was 'x'". */
    private static List<String> allowed(String expected) {
        String inner = expected.substring(expected.indexOf('[') + 1, expected.indexOf(']'));
        return Arrays.stream(inner.split(","))
                .map(String::strip)
                .filter(n -> !n.isEmpty())
                .toList();
    }

    private static Optional<String> componentOfType(Class<?> owner, String typeName) {
        if (!owner.isRecord()) {
            return Optional.empty();
        }
        return Arrays.stream(owner.getRecordComponents())
                .filter(c -> c.getType().getName().equals(typeName))
                .map(RecordComponent::getName)
                .findFirst();
    }
}
