package app.rapport.api.common;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * Optional translations of a text an admin wrote, for readers of 简体中文 and 繁體中文; the text as written is what
 * everyone else reads, and what a reader without a translation reads.
 */
@Serdeable
public record Translated(@Nullable String zhCn, @Nullable String zhTw) {
    public static final Translated NONE = new Translated(null, null);

    /** The text for a reader of {@code languageTag} (en, zh-CN, zh-TW): the translation if there is one. */
    public String in(String languageTag, String written) {
        String t =
                switch (languageTag) {
                    case "zh-CN" -> zhCn;
                    case "zh-TW" -> zhTw;
                    default -> null;
                };
        return t == null || t.isBlank() ? written : t;
    }
}
