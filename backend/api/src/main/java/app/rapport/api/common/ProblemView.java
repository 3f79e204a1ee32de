package app.rapport.api.common;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import java.util.Map;

/**
 * An RFC 9457 problem document, as every Rapport error is answered: the {@code code} (a {@link ProblemCode}) with its
 * {@code args}, and the offending fields with theirs. {@code detail} is a developer's note in English for API users
 * reading raw responses; a UI words the code and never shows the detail.
 */
@Serdeable
public record ProblemView(
        @Nullable String type,
        @Nullable String title,
        int status,
        @Nullable String detail,
        @Nullable String instance,
        @Nullable String code,
        @Nullable Map<String, Object> args,
        @Nullable List<FieldProblem> errors) {

    /**
     * A problem with one input field: its path in the request (e.g. {@code name}, {@code contacts[0].email}), what is
     * wrong as a {@link FieldCode}, and the values the wording of that code needs ({@code max}, {@code allowed}, …).
     */
    @Serdeable
    public record FieldProblem(String field, FieldCode code, Map<String, Object> args) {
        public FieldProblem {
            args = args == null ? Map.of() : Map.copyOf(args);
        }

        public static FieldProblem of(String field, FieldCode code) {
            return new FieldProblem(field, code, Map.of());
        }

        public static FieldProblem of(String field, FieldCode code, String arg, Object value) {
            return new FieldProblem(field, code, Map.of(arg, value));
        }

        public static FieldProblem of(String field, FieldCode code, String arg, Object value, String arg2, Object v2) {
            return new FieldProblem(field, code, Map.of(arg, value, arg2, v2));
        }
    }

    public static final String MEDIA_TYPE = "application/problem+json";
}
