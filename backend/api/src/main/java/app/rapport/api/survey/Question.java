package app.rapport.api.survey;

import app.rapport.api.common.Translated;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * One question of an instrument. {@code key} names its answers (unique in the instrument, kept across versions);
 * {@code text} is the question as written, with optional translations (the SERVQUAL block's text is its
 * introduction). {@code askWhyAtMost}: on a score at or below it the form asks why, with the complaint causes as
 * reasons (scored questions only). SERVQUAL only: its {@code wording}, its 22 {@code statements} (left out: the
 * shipped 1988 statements in three languages) and whether the client splits 100 importance points over the five
 * dimensions.
 */
@Serdeable
public record Question(
        @NotNull @Pattern(regexp = "[a-z][a-z0-9_]{0,39}") String key,
        @NotNull QuestionType type,
        @Nullable @Size(max = 500) String text,
        @Nullable Translated translations,
        boolean required,
        @Nullable Integer askWhyAtMost,
        @Nullable ServqualWording wording,
        @Nullable @Valid List<ServqualStatement> statements,
        boolean importancePoints) {}
