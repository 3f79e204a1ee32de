package app.rapport.ui.care;

import app.rapport.api.care.CareApi;
import app.rapport.api.care.MyDay;
import app.rapport.ui.platform.api.Api;
import app.rapport.ui.platform.layout.Allowed;
import app.rapport.ui.platform.layout.MainLayout;
import app.rapport.ui.platform.security.CurrentUser;
import app.rapport.ui.platform.security.SignedInUser;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;

/** "My day": my open care actions and my role's unowned ones — overdue, due today, and in the next seven days. */
@Route(value = "my-day", layout = MainLayout.class)
@Allowed({SignedInUser.TENANT_ADMIN, SignedInUser.ACCOUNT_MANAGER, SignedInUser.SERVICE_STAFF})
@Prototype
public class MyDayView extends VerticalLayout implements HasDynamicTitle {
    final H3 overdueTitle = new H3();
    final H3 todayTitle = new H3();
    final H3 nextTitle = new H3();
    final CareActionsGrid overdue;
    final CareActionsGrid today;
    final CareActionsGrid next;
    private final CareApi care;
    private final Api api;

    MyDayView(CareApi care, Api api, CurrentUser currentUser) {
        this.care = care;
        this.api = api;
        SignedInUser user = currentUser.require();
        overdue = new CareActionsGrid("my-overdue", true, user, care, api, this::reload).compact();
        today = new CareActionsGrid("my-today", true, user, care, api, this::reload).compact();
        next = new CareActionsGrid("my-next", true, user, care, api, this::reload).compact();
        Button log = new Button(
                getTranslation("touchpoint.log"), e -> getUI().ifPresent(ui -> ui.navigate(LogTouchpointView.class)));
        log.setId("log-touchpoint");
        log.addThemeVariants(ButtonVariant.PRIMARY);
        add(new H2(getTranslation("myday.title")), new Paragraph(getTranslation("myday.help")), log);
        add(overdueTitle, overdue, todayTitle, today, nextTitle, next);
        reload();
    }

    void reload() {
        MyDay day = api.call(care::myDay);
        overdueTitle.setText(getTranslation("myday.overdue", day.overdue().size()));
        todayTitle.setText(getTranslation("myday.today", day.dueToday().size()));
        nextTitle.setText(getTranslation("myday.next", day.nextSevenDays().size()));
        overdue.show(day.overdue());
        today.show(day.dueToday());
        next.show(day.nextSevenDays());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("myday.title");
    }
}
