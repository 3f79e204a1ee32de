package app.rapport.api.common;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** An RFC 9457 problem document, as every Rapport error is answered, with the offending fields named. */
@Serdeable
public record ProblemView(
        @Nullable String type,
        @Nullable String title,
        int status,
        @Nullable String detail,
        @Nullable String instance,
        @Nullable String code,
        @Nullable List<FieldProblem> errors) {

    /** A problem with one input field: its path in the request (e.g. {@code name}, {@code contacts[0].email}). */
    @Serdeable
    public record FieldProblem(String field, String message) {}

    public static final String MEDIA_TYPE = "application/problem+json";
}
