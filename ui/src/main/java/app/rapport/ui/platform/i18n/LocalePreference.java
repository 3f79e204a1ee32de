package app.rapport.ui.platform.i18n;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import jakarta.servlet.http.Cookie;
import java.util.Arrays;
import java.util.Locale;

/** The user's language: chosen in the header, remembered in a cookie for a year, else the browser's. */
public final class LocalePreference {
    static final String COOKIE = "rapport-locale";

    private LocalePreference() {}

    public static Locale of(VaadinRequest request) {
        if (request != null && request.getCookies() != null) {
            var chosen = Arrays.stream(request.getCookies())
                    .filter(c -> COOKIE.equals(c.getName()))
                    .findFirst();
            if (chosen.isPresent()) {
                return MessagesI18NProvider.supported(
                        Locale.forLanguageTag(chosen.get().getValue()));
            }
        }
        return MessagesI18NProvider.supported(request == null ? null : request.getLocale());
    }

    public static void choose(UI ui, Locale locale) {
        Locale l = MessagesI18NProvider.supported(locale);
        VaadinResponse response = VaadinResponse.getCurrent();
        if (response != null) {
            Cookie cookie = new Cookie(COOKIE, l.toLanguageTag());
            cookie.setPath("/");
            cookie.setMaxAge(365 * 24 * 3600);
            cookie.setHttpOnly(true);
            response.addCookie(cookie);
        }
        ui.getSession().setLocale(l);
        ui.setLocale(l);
        ui.getPage().reload();
    }
}
