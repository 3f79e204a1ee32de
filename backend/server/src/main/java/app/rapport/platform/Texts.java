package app.rapport.platform;

import io.micronaut.core.annotation.Nullable;

/** How optional texts are stored: trimmed, and a blank one as no text at all. */
public final class Texts {
    private Texts() {}

    public static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
