package app.rapport.ui.complaint;

import app.rapport.api.common.PageView;
import app.rapport.api.complaint.CardClock;
import app.rapport.api.complaint.ComplaintApi;
import app.rapport.api.complaint.ComplaintCard;
import app.rapport.api.complaint.ComplaintQueue;
import app.rapport.api.complaint.ComplaintStatus;
import app.rapport.api.complaint.DepartmentApi;
import app.rapport.api.complaint.DepartmentView;
import app.rapport.api.sla.ClockState;
import app.rapport.ui.platform.api.Api;
import app.rapport.ui.platform.i18n.Formats;
import app.rapport.ui.platform.layout.Allowed;
import app.rapport.ui.platform.layout.Badge;
import app.rapport.ui.platform.layout.MainLayout;
import app.rapport.ui.platform.security.CurrentUser;
import app.rapport.ui.platform.security.SignedInUser;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The complaints board: a queue (open ones; mine; my departments'; waiting for my approval; my clients'; those over),
 * optionally one status or department; those past a service-level deadline first, then those at risk, then the most
 * severe and longest waiting — one card per complaint with its nearest deadline, which reads on a phone as on a desk.
 * A tap opens the complaint.
 */
@Route(value = "complaints", layout = MainLayout.class)
@Allowed({SignedInUser.TENANT_ADMIN, SignedInUser.ACCOUNT_MANAGER, SignedInUser.SERVICE_STAFF})
@Prototype
public class ComplaintsView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {
    final Select<ComplaintQueue> queue = new Select<>();
    final Select<ComplaintStatus> status = new Select<>();
    final Select<String> department = new Select<>();
    final Grid<ComplaintCard> cards = new Grid<>();
    final Button record = new Button();

    ComplaintsView(ComplaintApi complaints, DepartmentApi departments, Api api, CurrentUser currentUser) {
        SignedInUser user = currentUser.require();
        Map<String, String> departmentNames = api.call(departments::departments).stream()
                .collect(Collectors.toMap(
                        DepartmentView::id, DepartmentView::name, (a, b) -> a, java.util.LinkedHashMap::new));
        queue.setId("complaint-queue");
        queue.setLabel(getTranslation("complaint.queue"));
        queue.setItems(ComplaintQueue.values());
        queue.setItemLabelGenerator(q -> getTranslation("complaint.queue." + q));
        queue.setWidth("17em");
        queue.setValue(user.hasAny(SignedInUser.SERVICE_STAFF) ? ComplaintQueue.MINE : ComplaintQueue.OPEN);
        status.setId("complaint-status-filter");
        status.setLabel(getTranslation("complaint.status"));
        status.setItems(ComplaintStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("filter.all"));
        status.setItemLabelGenerator(
                s -> s == null ? getTranslation("filter.all") : getTranslation("complaint.status." + s));
        department.setId("complaint-department-filter");
        department.setLabel(getTranslation("complaint.department"));
        department.setItems(List.copyOf(departmentNames.keySet()));
        department.setEmptySelectionAllowed(true);
        department.setEmptySelectionCaption(getTranslation("filter.all"));
        department.setItemLabelGenerator(
                d -> d == null ? getTranslation("filter.all") : departmentNames.getOrDefault(d, d));
        department.setVisible(!departmentNames.isEmpty());
        queue.addValueChangeListener(e -> cards.getDataProvider().refreshAll());
        status.addValueChangeListener(e -> cards.getDataProvider().refreshAll());
        department.addValueChangeListener(e -> cards.getDataProvider().refreshAll());
        record.setId("complaint-record");
        record.setText(getTranslation("complaint.record"));
        record.addThemeVariants(ButtonVariant.PRIMARY);
        record.setMinHeight("44px");
        record.addClickListener(e -> getUI().ifPresent(ui -> ui.navigate("complaints/new")));

        DateTimeFormatter day = Formats.shortDate(getLocale());
        DateTimeFormatter when = Formats.shortDateTime(getLocale());
        cards.setId("complaint-cards");
        cards.addThemeVariants(GridVariant.WRAP_CELL_CONTENT, GridVariant.NO_BORDER);
        cards.setEmptyStateText(getTranslation("complaint.none"));
        cards.addColumn(new ComponentRenderer<>(c -> card(c, day, when)))
                .setHeader(getTranslation("complaint.title"))
                .setKey("card");
        cards.setPageSize(50);
        cards.setHeight("max(24em, calc(100vh - 18em))");
        cards.setItems(q -> page(complaints, api, q.getPage(), q.getPageSize()).items().stream(), q ->
                (int) page(complaints, api, 0, 1).total());
        cards.addItemClickListener(e ->
                getUI().ifPresent(ui -> ui.navigate("complaints/" + e.getItem().id())));
        HorizontalLayout bar = new HorizontalLayout(queue, status, department);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.setWrap(true);
        add(new H2(getTranslation("complaint.title")), record, bar, cards);
    }

    private PageView<ComplaintCard> page(ComplaintApi complaints, Api api, int page, int size) {
        return api.call(() -> complaints.complaints(
                queue.getValue(), status.getValue(), department.getValue(), page, Math.min(size, 200)));
    }

    private Div card(ComplaintCard c, DateTimeFormatter day, DateTimeFormatter when) {
        Span head = new Span(ComplaintWords.reference(c.number()) + " · " + c.clientName());
        head.getStyle().set("font-weight", "600");
        HorizontalLayout badges =
                new HorizontalLayout(ComplaintWords.severity(c.severity()), ComplaintWords.status(c.status()));
        badges.setSpacing(true);
        badges.getStyle().set("flex-wrap", "wrap");
        String where = (c.departmentName() == null ? "" : c.departmentName() + " · ") + day.format(c.receivedAt());
        Span meta = new Span(where);
        meta.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        Span what =
                new Span(c.whatHappened().length() > 140 ? c.whatHappened().substring(0, 140) + "…" : c.whatHappened());
        Div card = new Div(head, badges, meta, what);
        if (c.clock() != null) {
            card.add(clock(c.clock(), when));
        }
        card.getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-xs)");
        card.setId("complaint-card-" + c.number());
        return card;
    }

    /** The nearest deadline: its state, the milestone and when it is (or was) due — what a lead scans the board for. */
    private HorizontalLayout clock(CardClock k, DateTimeFormatter when) {
        Span state = Badge.of(getTranslation("sla.state." + k.state()), ServiceClocks.colour(k.state()));
        Span due = new Span(getTranslation("sla.milestone." + k.milestone()) + " · "
                + getTranslation(
                        k.state() == ClockState.BREACHED ? "complaint.sla.dueWas" : "complaint.sla.due",
                        when.format(k.deadline())));
        due.getStyle().set("font-size", "var(--lumo-font-size-s)");
        HorizontalLayout line = new HorizontalLayout(state, due);
        line.setAlignItems(FlexComponent.Alignment.CENTER);
        line.getStyle().set("flex-wrap", "wrap");
        line.setSpacing(true);
        line.addClassName("complaint-card-clock");
        return line;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("queue").ifPresent(q -> {
            try {
                queue.setValue(ComplaintQueue.valueOf(q));
            } catch (IllegalArgumentException ignored) {
                // an unknown queue in a link leaves the default
            }
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("complaint.title");
    }
}
