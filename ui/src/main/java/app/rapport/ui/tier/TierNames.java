package app.rapport.ui.tier;

import app.rapport.api.tier.TierDefinition;
import java.util.Locale;

/** A tier's name in the UI's language. */
public final class TierNames {
    private TierNames() {}

    public static String of(TierDefinition tier, Locale locale) {
        if (tier == null) {
            return "—";
        }
        if ("zh".equals(locale.getLanguage())) {
            return "TW".equals(locale.getCountry()) || "Hant".equals(locale.getScript())
                    ? tier.nameZhTw()
                    : tier.nameZhCn();
        }
        return tier.nameEn();
    }
}
