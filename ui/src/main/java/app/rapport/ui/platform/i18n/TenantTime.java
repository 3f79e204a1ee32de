package app.rapport.ui.platform.i18n;

import app.rapport.api.workspace.WorkspaceApi;
import app.rapport.api.workspace.WorkspaceView;
import app.rapport.ui.platform.Beans;
import app.rapport.ui.platform.api.Api;
import app.rapport.ui.platform.api.ApiProblem;
import app.rapport.ui.platform.security.CurrentUser;
import app.rapport.ui.platform.security.SignedInUser;
import com.vaadin.flow.server.VaadinSession;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * The tenant's clock in the UI: every "today" a form offers and every date and time it shows is the tenant's (its
 * workspace's time zone, read once per session from the API), never the UI server's. The operator, who works for no
 * tenant, sees UTC.
 */
public final class TenantTime {
    private static final String KEY = TenantTime.class.getName() + ".workspace";

    private TenantTime() {}

    public static ZoneId zone() {
        return workspace().map(w -> ZoneId.of(w.locale().timeZone())).orElse(ZoneOffset.UTC);
    }

    public static LocalDate today() {
        return LocalDate.now(zone());
    }

    public static LocalDateTime now() {
        return LocalDateTime.now(zone());
    }

    /** The signed-in user's workspace, cached in the session; empty for the operator or outside a session. */
    public static Optional<WorkspaceView> workspace() {
        VaadinSession session = VaadinSession.getCurrent();
        if (session == null) {
            return Optional.empty();
        }
        if (session.getAttribute(KEY) instanceof WorkspaceView cached) {
            return Optional.of(cached);
        }
        Optional<SignedInUser> user = Beans.context().getBean(CurrentUser.class).get();
        if (user.isEmpty() || user.get().tenant() == null) {
            return Optional.empty();
        }
        try {
            WorkspaceView w =
                    Beans.context().getBean(Api.class).call(Beans.context().getBean(WorkspaceApi.class)::workspace);
            session.setAttribute(KEY, w);
            return Optional.of(w);
        } catch (ApiProblem p) {
            return Optional.empty();
        }
    }

    /** After the admin changed the workspace's clock: the next read asks the API again. */
    public static void forget() {
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null) {
            session.setAttribute(KEY, null);
        }
    }
}
