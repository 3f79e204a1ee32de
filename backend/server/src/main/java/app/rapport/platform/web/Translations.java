package app.rapport.platform.web;

import app.rapport.api.common.FieldCode;
import app.rapport.platform.Texts;

/** The optional translations of texts admins write: blank is none, and none may be longer than its text may be. */
public final class Translations {
    private Translations() {}

    /** The translation stripped, or null when blank; refused (naming {@code field}) when over {@code max}. */
    public static String optional(String translation, String field, int max) {
        String t = Texts.blankToNull(translation);
        if (t != null && t.strip().length() > max) {
            throw ProblemException.badField(field, FieldCode.MAX_LENGTH, "max", max);
        }
        return t == null ? null : t.strip();
    }
}
