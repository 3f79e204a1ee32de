package app.rapport.ui.platform.i18n;

import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;

/** How instants read in the UI: short date and time in the user's locale and the tenant's time zone. */
public final class Formats {
    private Formats() {}

    public static DateTimeFormatter shortDateTime(Locale locale) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
                .withLocale(locale)
                .withZone(TenantTime.zone());
    }

    /** Amounts of money in the workspace's currency, written the user's way (¥12,345.00, US$12,345.00). */
    public static NumberFormat money(Locale locale) {
        NumberFormat f = NumberFormat.getCurrencyInstance(locale);
        TenantTime.workspace()
                .ifPresent(w -> f.setCurrency(Currency.getInstance(w.locale().currency())));
        return f;
    }

    /** Dates (and instants, on their day in the tenant's zone) in the user's locale. */
    public static DateTimeFormatter shortDate(Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(locale)
                .withZone(TenantTime.zone());
    }
}
