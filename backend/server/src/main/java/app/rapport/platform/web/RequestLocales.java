package app.rapport.platform.web;

import io.micronaut.core.annotation.Nullable;
import java.util.Locale;

/** The language a document the server renders is written in: en, zh-CN or zh-TW, from {@code lang} or the request. */
public final class RequestLocales {
    private RequestLocales() {}

    /** en, zh-CN or zh-TW from lang, else from Accept-Language; English otherwise. */
    public static Locale of(@Nullable String lang, @Nullable String acceptLanguage) {
        String wanted = lang;
        if (wanted == null && acceptLanguage != null && !acceptLanguage.isBlank()) {
            wanted = acceptLanguage.split(",")[0].split(";")[0].strip();
        }
        if (wanted == null) {
            return Locale.ENGLISH;
        }
        Locale l = Locale.forLanguageTag(wanted.replace('_', '-'));
        if (!"zh".equals(l.getLanguage())) {
            return Locale.ENGLISH;
        }
        boolean traditional =
                "TW".equals(l.getCountry()) || "HK".equals(l.getCountry()) || "Hant".equals(l.getScript());
        return traditional ? Locale.TRADITIONAL_CHINESE : Locale.SIMPLIFIED_CHINESE;
    }
}
