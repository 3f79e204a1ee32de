package app.rapport.ui.platform.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Every UI text comes from the {@code messages} bundles: English, Simplified and Traditional Chinese. */
public final class MessagesI18NProvider implements I18NProvider {
    public static final Locale SIMPLIFIED_CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final Locale TRADITIONAL_CHINESE = Locale.TRADITIONAL_CHINESE;
    public static final List<Locale> LOCALES = List.of(Locale.ENGLISH, SIMPLIFIED_CHINESE, TRADITIONAL_CHINESE);
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @Override
    public List<Locale> getProvidedLocales() {
        return LOCALES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        try {
            String pattern = ResourceBundle.getBundle("messages", supported(locale), NO_FALLBACK)
                    .getString(key);
            // an apostrophe in a message is an apostrophe ("admin's"), never MessageFormat's quote character
            return params.length == 0 ? pattern : new MessageFormat(pattern.replace("'", "''"), locale).format(params);
        } catch (MissingResourceException e) {
            return "!" + key;
        }
    }

    /** The language content translations are kept in for a reader of {@code locale}: en, zh-CN or zh-TW. */
    public static String languageTag(Locale locale) {
        return supported(locale).toLanguageTag();
    }

    /** The supported locale closest to the one asked for: Chinese by script or region, else English. */
    public static Locale supported(Locale locale) {
        if (locale == null || !"zh".equals(locale.getLanguage())) {
            return Locale.ENGLISH;
        }
        boolean traditional =
                "Hant".equals(locale.getScript()) || List.of("TW", "HK", "MO").contains(locale.getCountry());
        return traditional ? TRADITIONAL_CHINESE : SIMPLIFIED_CHINESE;
    }
}
