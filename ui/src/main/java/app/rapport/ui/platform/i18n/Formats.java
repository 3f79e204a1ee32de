package app.rapport.ui.platform.i18n;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** How instants read in the UI: short date and time in the user's locale and the server's zone. */
public final class Formats {
    private Formats() {}

    public static DateTimeFormatter shortDateTime(Locale locale) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
                .withLocale(locale)
                .withZone(ZoneId.systemDefault());
    }
}
