package app.rapport.api.blueprint;

import app.rapport.api.common.Translated;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** A touchpoint step of a published blueprint: what a touchpoint can be logged against. */
@Serdeable
public record TouchpointStep(
        String stepId,
        String blueprintId,
        String blueprintName,
        String stepName,
        Lane lane,
        @Nullable Integer targetMinutes,
        Translated stepNameTranslations,
        Translated blueprintNameTranslations) {

    /** "Blueprint › step" for a reader of {@code languageTag}. */
    public StepLabel label() {
        return new StepLabel(blueprintName, blueprintNameTranslations, stepName, stepNameTranslations);
    }
}
