package app.rapport.ui.complaint;

import app.rapport.api.complaint.ComplaintAction;
import app.rapport.api.complaint.ComplaintApi;
import app.rapport.api.complaint.ComplaintView;
import app.rapport.api.sla.ClockState;
import app.rapport.api.sla.HoldReason;
import app.rapport.api.sla.HoldWrite;
import app.rapport.api.sla.MilestoneClock;
import app.rapport.ui.platform.i18n.Formats;
import app.rapport.ui.platform.layout.Badge;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/**
 * A complaint's service levels: every milestone of the policy version it started under with its state and deadline
 * (business minutes used and left), and the hold — put it on hold while it waits on the client or a third party,
 * release it when they answer.
 */
class ServiceClocks extends VerticalLayout {

    ServiceClocks(ComplaintView c, ComplaintApi api, Submit submit) {
        setPadding(false);
        setSpacing(false);
        setId("complaint-clocks");
        add(new H3(getTranslation("complaint.sla.title", c.slaVersion())));
        DateTimeFormatter when = Formats.shortDateTime(getLocale());
        for (MilestoneClock k : c.clocks()) {
            Span name = new Span(getTranslation("sla.milestone." + k.milestone()));
            name.getStyle().set("font-weight", "600");
            Span state = Badge.of(getTranslation("sla.state." + k.state()), colour(k.state()));
            state.setId("clock-" + k.milestone() + "-state");
            String detail = k.deadline() == null
                    ? getTranslation("complaint.sla.paused")
                    : getTranslation(
                            k.fulfilledAt() == null ? "complaint.sla.due" : "complaint.sla.dueWas",
                            when.format(k.deadline()));
            if (k.fulfilledAt() != null) {
                detail += " · " + getTranslation("complaint.sla.fulfilled", when.format(k.fulfilledAt()));
            } else if (k.state() != ClockState.STOPPED) {
                detail += " · "
                        + (k.leftMinutes() >= 0
                                ? getTranslation("complaint.sla.left", hours(k.leftMinutes()))
                                : getTranslation("complaint.sla.over", hours(-k.leftMinutes())));
            }
            Span line = new Span(detail);
            line.getStyle()
                    .set("color", "var(--lumo-secondary-text-color)")
                    .set("font-size", "var(--lumo-font-size-s)");
            HorizontalLayout head = new HorizontalLayout(state, name);
            head.setAlignItems(FlexComponent.Alignment.CENTER);
            Div row = new Div(head, new Div(line));
            row.setId("clock-" + k.milestone());
            row.getStyle().set("padding", "var(--lumo-space-xs) 0");
            add(row);
        }
        if (c.holdReason() != null) {
            Span held = Badge.of(getTranslation("sla.hold." + c.holdReason()), Badge.GREY);
            held.setId("complaint-hold");
            add(held);
        }
        if (c.may().contains(ComplaintAction.HOLD)) {
            Select<HoldReason> reason = new Select<>();
            reason.setId("complaint-hold-reason");
            reason.setLabel(getTranslation("complaint.hold.reason"));
            reason.setItems(HoldReason.values());
            reason.setItemLabelGenerator(r -> r == null ? "" : getTranslation("sla.hold." + r));
            reason.setValue(HoldReason.WAITING_FOR_CLIENT);
            reason.setWidth("16em");
            Button hold = new Button(
                    getTranslation("complaint.action.HOLD"),
                    e -> submit.send(
                            () -> api.hold(c.id(), new HoldWrite(reason.getValue())), Map.of("reason", reason)));
            hold.setId("complaint-hold-button");
            hold.addThemeVariants(ButtonVariant.TERTIARY);
            hold.setMinHeight("44px");
            HorizontalLayout bar = new HorizontalLayout(reason, hold);
            bar.setAlignItems(FlexComponent.Alignment.BASELINE);
            bar.setWrap(true);
            add(bar);
        }
        if (c.may().contains(ComplaintAction.RELEASE)) {
            Button release = new Button(
                    getTranslation("complaint.action.RELEASE"), e -> submit.send(() -> api.release(c.id()), Map.of()));
            release.setId("complaint-release");
            release.addThemeVariants(ButtonVariant.PRIMARY);
            release.setMinHeight("44px");
            add(release);
        }
    }

    private String hours(long minutes) {
        return minutes >= 60
                ? getTranslation("complaint.sla.hours", minutes / 60, minutes % 60)
                : getTranslation("complaint.sla.minutes", minutes);
    }

    static String colour(ClockState s) {
        return switch (s) {
            case MET -> Badge.GREEN;
            case BREACHED, MET_LATE -> Badge.RED;
            case AT_RISK -> Badge.AMBER;
            case RUNNING -> Badge.BLUE;
            case PAUSED, STOPPED -> Badge.GREY;
        };
    }
}
