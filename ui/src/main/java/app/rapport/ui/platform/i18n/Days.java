package app.rapport.ui.platform.i18n;

import com.vaadin.flow.component.UI;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/** A day as people say it, counted in the tenant's calendar: today, tomorrow, in 3 days, 2 days ago. */
public final class Days {
    private Days() {}

    public static String relative(LocalDate day) {
        UI ui = UI.getCurrent();
        long n = ChronoUnit.DAYS.between(TenantTime.today(), day);
        if (n == 0) {
            return ui.getTranslation("when.today");
        }
        if (n == 1) {
            return ui.getTranslation("when.tomorrow");
        }
        if (n == -1) {
            return ui.getTranslation("when.yesterday");
        }
        return n > 0 ? ui.getTranslation("when.inDays", n) : ui.getTranslation("when.daysAgo", -n);
    }

    /** The short date and how far it is: "3 Dec · tomorrow". */
    public static String dated(LocalDate day, Locale locale) {
        return Formats.shortDate(locale).format(day) + " · " + relative(day);
    }
}
