package app.rapport.platform;

import io.micronaut.core.annotation.Nullable;

/** How optional texts are stored (trimmed, a blank one as no text at all), and how searched ones are matched. */
public final class Texts {
    private Texts() {}

    public static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /**
     * What a person typed, to be matched literally by a {@code LIKE} pattern (MySQL's default escape character is the
     * backslash): "50%" finds "50%", not everything that starts with "50".
     */
    public static String likeLiteral(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
