package app.rapport.ui.platform.layout;

import app.rapport.ui.platform.Beans;
import app.rapport.ui.platform.api.ApiProblem;
import app.rapport.ui.platform.i18n.LocalePreference;
import app.rapport.ui.platform.i18n.TenantTime;
import app.rapport.ui.platform.i18n.VaadinTexts;
import app.rapport.ui.platform.security.CurrentUser;
import app.rapport.ui.platform.security.SignedInUser;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.Arrays;

/**
 * Sets every new UI up: the user's language, the role check before each navigation, and a way back to the login
 * page when the login has expired. Registered in META-INF/services.
 */
public final class UiSetup implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(s -> s.getSession().setErrorHandler(UiSetup::handle));
        event.getSource().addUIInitListener(ui -> {
            ui.getUI()
                    .setLocale(LocalePreference.of(
                            VaadinRequest.getCurrent(),
                            TenantTime.workspace().map(w -> w.locale().defaultLocale())));
            ui.getUI().addBeforeEnterListener(UiSetup::checkRole);
            VaadinTexts.connectionIndicator(ui.getUI());
        });
    }

    /**
     * The one place an error no view handled ends up: an expired login goes back to the login page, a refusal of the
     * API is shown to the user in their language (never swallowed), anything else is logged and shown as such.
     */
    static void handle(ErrorEvent e) {
        Throwable expired = cause(e.getThrowable(), CurrentUser.SessionExpiredException.class);
        if (expired != null && UI.getCurrent() != null) {
            UI ui = UI.getCurrent();
            ui.getPage()
                    .setLocation(app.rapport.ui.platform.security.OidcFilter.signInAgainTo(
                            ui.getInternals().getActiveViewLocation().getPathWithQueryParameters()));
            return;
        }
        if (cause(e.getThrowable(), ApiProblem.class) instanceof ApiProblem problem && UI.getCurrent() != null) {
            UI.getCurrent().access(() -> Notices.problem(problem));
            return;
        }
        org.slf4j.LoggerFactory.getLogger(UiSetup.class).error("unexpected UI error", e.getThrowable());
        if (UI.getCurrent() != null) {
            UI.getCurrent().access(() -> Notices.error(UI.getCurrent().getTranslation("error.unexpected")));
        }
    }

    private static Throwable cause(Throwable t, Class<? extends Throwable> type) {
        while (t != null && !type.isInstance(t)) {
            t = t.getCause();
        }
        return t;
    }

    static void checkRole(BeforeEnterEvent event) {
        Allowed allowed = event.getNavigationTarget().getAnnotation(Allowed.class);
        if (allowed == null) {
            return;
        }
        SignedInUser user = Beans.context().getBean(CurrentUser.class).require();
        if (Arrays.stream(allowed.value()).noneMatch(user.roles()::contains)) {
            event.rerouteTo(ForbiddenView.class);
        }
    }
}
