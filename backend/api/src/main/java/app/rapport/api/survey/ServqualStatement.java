package app.rapport.api.survey;

import app.rapport.api.common.Translated;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * One of the 22 SERVQUAL statements as the tenant asks it: its number (1–22, which fixes its dimension), the
 * expectation statement (about firms of this kind) and the perception statement (about this firm), as written, with
 * optional translations.
 */
@Serdeable
public record ServqualStatement(
        @Min(1) @Max(22) int item,
        @NotBlank @Size(max = 300) String expectation,
        @Nullable Translated expectationTranslations,
        @NotBlank @Size(max = 300) String perception,
        @Nullable Translated perceptionTranslations) {}
