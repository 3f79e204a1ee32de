package app.rapport.api.survey;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** A question on the public form, in the form's language (SERVQUAL: its introduction and statements). */
@Serdeable
public record FormQuestion(
        String key,
        QuestionType type,
        @Nullable String text,
        boolean required,
        @Nullable Integer askWhyAtMost,
        List<FormStatement> statements,
        boolean importancePoints) {}
