package app.rapport.ui.platform.i18n;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import jakarta.servlet.http.Cookie;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The user's language: chosen in the header (remembered in a cookie for a year), else the browser's when Rapport
 * speaks it (English or Chinese), else the workspace's default language.
 */
public final class LocalePreference {
    static final String COOKIE = "rapport-locale";

    private LocalePreference() {}

    /** As {@link #of(VaadinRequest)}, with the workspace's default for a browser language Rapport does not speak. */
    public static Locale of(VaadinRequest request, Optional<String> workspaceDefault) {
        boolean chosen = request != null
                && request.getCookies() != null
                && Arrays.stream(request.getCookies()).anyMatch(c -> COOKIE.equals(c.getName()));
        Locale browser = request == null ? null : request.getLocale();
        boolean spoken = browser != null && ("en".equals(browser.getLanguage()) || "zh".equals(browser.getLanguage()));
        if (!chosen && !spoken && workspaceDefault.isPresent()) {
            return MessagesI18NProvider.supported(Locale.forLanguageTag(workspaceDefault.get()));
        }
        return of(request);
    }

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
