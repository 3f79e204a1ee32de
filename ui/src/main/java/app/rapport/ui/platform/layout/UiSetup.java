package app.rapport.ui.platform.layout;

import app.rapport.ui.platform.Beans;
import app.rapport.ui.platform.i18n.LocalePreference;
import app.rapport.ui.platform.security.CurrentUser;
import app.rapport.ui.platform.security.SignedInUser;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.BeforeEnterEvent;
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
        event.getSource().addSessionInitListener(s -> s.getSession().setErrorHandler(e -> {
            Throwable t = e.getThrowable();
            while (t != null && !(t instanceof CurrentUser.SessionExpiredException)) {
                t = t.getCause();
            }
            if (t != null && UI.getCurrent() != null) {
                UI.getCurrent().getPage().setLocation("/logout");
            } else {
                org.slf4j.LoggerFactory.getLogger(UiSetup.class).error("unexpected UI error", e.getThrowable());
            }
        }));
        event.getSource().addUIInitListener(ui -> {
            ui.getUI().setLocale(LocalePreference.of(VaadinRequest.getCurrent()));
            ui.getUI().addBeforeEnterListener(UiSetup::checkRole);
        });
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
