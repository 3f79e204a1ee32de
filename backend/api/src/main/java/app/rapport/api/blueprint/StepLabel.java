package app.rapport.api.blueprint;

import app.rapport.api.common.Translated;
import io.micronaut.serde.annotation.Serdeable;

/** The blueprint and step a touchpoint was logged against, each name as written and with its translations. */
@Serdeable
public record StepLabel(
        String blueprintName, Translated blueprintNameTranslations, String stepName, Translated stepNameTranslations) {

    /** "Blueprint › step" for a reader of {@code languageTag} (en, zh-CN, zh-TW). */
    public String in(String languageTag) {
        return blueprintNameTranslations.in(languageTag, blueprintName) + " › "
                + stepNameTranslations.in(languageTag, stepName);
    }
}
