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
    final CareActionCards overdue;
    final CareActionCards today;
    final CareActionCards next;
    private final CareApi care;
    private final Api api;

    MyDayView(CareApi care, Api api, CurrentUser currentUser) {
        this.care = care;
        this.api = api;
        overdue = new CareActionCards("my-overdue", care, api, this::reload);
        today = new CareActionCards("my-today", care, api, this::reload);
        next = new CareActionCards("my-next", care, api, this::reload);
        Button log = new Button(
                getTranslation("touchpoint.log"), e -> getUI().ifPresent(ui -> ui.navigate(LogTouchpointView.class)));
        log.setId("log-touchpoint");
        log.addThemeVariants(ButtonVariant.PRIMARY);
        log.setMinHeight("44px");
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
