package app.rapport.ui.lifecycle;

import app.rapport.api.care.CareActionWrite;
import app.rapport.api.care.CareApi;
import app.rapport.api.care.CareKind;
import app.rapport.api.care.TouchpointView;
import app.rapport.ui.care.CareActionsGrid;
import app.rapport.ui.care.MemberNames;
import app.rapport.ui.platform.api.Api;
import app.rapport.ui.platform.api.ApiProblem;
import app.rapport.ui.platform.i18n.Formats;
import app.rapport.ui.platform.i18n.MessagesI18NProvider;
import app.rapport.ui.platform.i18n.TenantTime;
import app.rapport.ui.platform.i18n.VaadinTexts;
import app.rapport.ui.platform.layout.Notices;
import app.rapport.ui.platform.security.SignedInUser;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/**
 * Care for one client: its care actions (open first; complete or skip them here), a form to plan one by hand
 * (account managers and admins), and the touchpoints logged for the client, with a button to log another.
 */
public class CareTab extends VerticalLayout {
    final CareActionsGrid actions;
    final Select<CareKind> kind = new Select<>();
    final TextField title = new TextField();
    final DatePicker due = VaadinTexts.datePicker();
    final Button plan = new Button();
    final Grid<TouchpointView> touchpoints = new Grid<>();
    private final String clientId;
    private final CareApi care;
    private final Api api;

    public CareTab(String clientId, CareApi care, Api api, SignedInUser user) {
        this.clientId = clientId;
        this.care = care;
        this.api = api;
        setPadding(false);
        Map<String, String> names = MemberNames.of(api.call(care::members));
        actions = new CareActionsGrid("client-care", false, user, care, api, this::reload, names);
        Button log = new Button(getTranslation("touchpoint.log"), e -> getUI().ifPresent(
                        ui -> ui.navigate("touchpoints/new", QueryParameters.of("client", clientId))));
        log.setId("client-log-touchpoint");
        log.addThemeVariants(ButtonVariant.PRIMARY);
        add(new H3(getTranslation("care.title.client")), actions);
        if (user.canEditClients()) {
            kind.setLabel(getTranslation("care.kind"));
            kind.setItems(CareKind.values());
            kind.setItemLabelGenerator(k -> getTranslation("care.kind." + k));
            kind.setValue(CareKind.CALL);
            title.setId("care-title");
            title.setLabel(getTranslation("care.title"));
            title.setWidth("20em");
            due.setId("care-due");
            due.setLabel(getTranslation("care.due"));
            due.setMin(TenantTime.today());
            due.setValue(TenantTime.today().plusDays(1));
            plan.setId("care-plan");
            plan.setText(getTranslation("care.plan"));
            plan.addClickListener(e -> plan());
            HorizontalLayout form = new HorizontalLayout(kind, title, due, plan);
            form.setAlignItems(FlexComponent.Alignment.BASELINE);
            form.setWrap(true);
            add(form);
        }
        DateTimeFormatter when = Formats.shortDateTime(getLocale());
        touchpoints.setId("client-touchpoints");
        touchpoints.addThemeVariants(GridVariant.WRAP_CELL_CONTENT);
        touchpoints.setAllRowsVisible(true);
        touchpoints
                .addColumn(t -> when.format(t.at()))
                .setHeader(getTranslation("touchpoint.at"))
                .setAutoWidth(true);
        touchpoints
                .addColumn(t -> getTranslation("channel." + t.channel()))
                .setHeader(getTranslation("interaction.channel"));
        touchpoints
                .addColumn(TouchpointView::what)
                .setHeader(getTranslation("touchpoint.what"))
                .setFlexGrow(3);
        touchpoints
                .addColumn(t -> t.blueprintStep() == null
                        ? ""
                        : t.blueprintStep().in(MessagesI18NProvider.languageTag(getLocale())))
                .setHeader(getTranslation("touchpoint.step"))
                .setKey("step")
                .setFlexGrow(2);
        touchpoints
                .addColumn(t -> (t.rating() == null ? "" : t.rating() + "/5")
                        + (t.sentiment() == null ? "" : " " + getTranslation("sentiment." + t.sentiment())))
                .setHeader(getTranslation("touchpoint.rating"));
        touchpoints
                .addColumn(t -> t.serviceLevel() == null ? "" : getTranslation("level." + t.serviceLevel()))
                .setHeader(getTranslation("care.level.delivered"));
        touchpoints
                .addColumn(t -> names.getOrDefault(t.recordedBy(), t.recordedBy()))
                .setHeader(getTranslation("stage.actor"));
        touchpoints.setEmptyStateText(getTranslation("touchpoint.none"));
        add(new H3(getTranslation("touchpoint.list")), log, touchpoints);
        reload();
    }

    void reload() {
        actions.show(api.call(() -> care.ofClient(clientId)));
        touchpoints.setItems(api.call(() -> care.touchpoints(clientId)));
    }

    private void plan() {
        try {
            api.body(() -> care.plan(
                    clientId,
                    new CareActionWrite(kind.getValue(), title.getValue(), due.getValue(), null, null, null)));
            title.clear();
            title.setInvalid(false);
            reload();
        } catch (ApiProblem p) {
            if (p.fields().stream().anyMatch(f -> f.field().equals("title"))) {
                title.setErrorMessage(getTranslation("validation.required"));
                title.setInvalid(true);
            } else {
                Notices.problem(p);
            }
        }
    }
}
