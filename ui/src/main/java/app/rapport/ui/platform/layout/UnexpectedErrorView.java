package app.rapport.ui.platform.layout;

import app.rapport.ui.platform.security.CurrentUser;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.HttpStatusCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Anything else that broke while a page opened: logged for us, shown to the user in their language inside the layout
 * (never an exception's text), with a way back. An expired login goes to the login page instead.
 */
@ParentLayout(MainLayout.class)
public class UnexpectedErrorView extends ErrorPage implements HasErrorParameter<Exception> {
    private static final Logger LOG = LoggerFactory.getLogger(UnexpectedErrorView.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        for (Throwable t = parameter.getCaughtException(); t != null; t = t.getCause()) {
            if (t instanceof CurrentUser.SessionExpiredException) {
                event.getUI()
                        .getPage()
                        .setLocation(app.rapport.ui.platform.security.OidcFilter.signInAgainTo(
                                event.getLocation().getPathWithQueryParameters()));
                return HttpStatusCode.UNAUTHORIZED.getCode();
            }
        }
        LOG.error("a page failed to open: {}", event.getLocation().getPath(), parameter.getCaughtException());
        show("error.title", getTranslation("error.unexpected"));
        return HttpStatusCode.INTERNAL_SERVER_ERROR.getCode();
    }
}
