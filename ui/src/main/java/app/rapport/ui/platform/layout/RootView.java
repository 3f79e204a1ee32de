package app.rapport.ui.platform.layout;

import app.rapport.ui.care.MyDayView;
import app.rapport.ui.client.ClientsView;
import app.rapport.ui.operator.TenantsView;
import app.rapport.ui.platform.security.CurrentUser;
import app.rapport.ui.platform.security.SignedInUser;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;

/** The start page: the operator goes to the tenant catalog, service staff to their day, everyone else to clients. */
@Route("")
@Tag("div")
@Prototype
public class RootView extends Component implements BeforeEnterObserver {
    private final CurrentUser currentUser;

    RootView(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        SignedInUser user = currentUser.require();
        if (user.isOperator()) {
            event.forwardTo(TenantsView.class);
        } else if (user.hasAny(SignedInUser.SERVICE_STAFF)
                && !user.hasAny(SignedInUser.TENANT_ADMIN, SignedInUser.ACCOUNT_MANAGER)) {
            event.forwardTo(MyDayView.class);
        } else {
            event.forwardTo(ClientsView.class);
        }
    }
}
