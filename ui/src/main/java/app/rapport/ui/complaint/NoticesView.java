package app.rapport.ui.complaint;

import app.rapport.api.inbox.InboxApi;
import app.rapport.api.inbox.InboxView;
import app.rapport.api.inbox.NoticeKind;
import app.rapport.api.inbox.NoticeView;
import app.rapport.ui.platform.api.Api;
import app.rapport.ui.platform.i18n.Formats;
import app.rapport.ui.platform.layout.Allowed;
import app.rapport.ui.platform.layout.MainLayout;
import app.rapport.ui.platform.security.SignedInUser;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/**
 * My inbox: complaints assigned to my department, remedies waiting for my approval, milestones at their warning share
 * or breached — newest first, unread ones marked; a tap opens the complaint and marks the notice read.
 */
@Route(value = "inbox", layout = MainLayout.class)
@Allowed({SignedInUser.TENANT_ADMIN, SignedInUser.ACCOUNT_MANAGER, SignedInUser.SERVICE_STAFF})
@Prototype
public class NoticesView extends VerticalLayout implements HasDynamicTitle {
    final VerticalLayout list = new VerticalLayout();
    final Paragraph unread = new Paragraph();
    private final InboxApi inbox;
    private final Api api;

    NoticesView(InboxApi inbox, Api api) {
        this.inbox = inbox;
        this.api = api;
        setMaxWidth("48em");
        setWidthFull();
        Button all = new Button(getTranslation("inbox.readAll"), e -> show(api.body(inbox::readAll)));
        all.setId("inbox-read-all");
        all.addThemeVariants(ButtonVariant.TERTIARY);
        all.setMinHeight("44px");
        unread.setId("inbox-unread");
        list.setId("inbox-list");
        list.setPadding(false);
        add(new H2(getTranslation("inbox.title")), unread, all, list);
        show(api.call(() -> inbox.inbox(0, 100)));
    }

    private void show(InboxView box) {
        unread.setText(getTranslation("inbox.unread", box.unread()));
        list.removeAll();
        if (box.items().isEmpty()) {
            list.add(new Paragraph(getTranslation("inbox.empty")));
        }
        DateTimeFormatter when = Formats.shortDateTime(getLocale());
        for (NoticeView n : box.items()) {
            list.add(card(n, when));
        }
    }

    private Div card(NoticeView n, DateTimeFormatter when) {
        Map<String, Object> args = n.args();
        Object milestone = args.get("milestone");
        boolean chart = n.kind() == NoticeKind.CHART_SIGNAL;
        String text = chart
                ? getTranslation(
                        "inbox.kind.CHART_SIGNAL",
                        getTranslation("quality.metric." + args.get("metric")),
                        getTranslation("quality.rule." + args.get("rule")),
                        Formats.shortDate(getLocale())
                                .format(java.time.LocalDate.parse(String.valueOf(args.get("week")))))
                : getTranslation(
                        "inbox.kind." + n.kind(),
                        ComplaintWords.reference(n.complaintNumber()),
                        milestone == null ? "" : getTranslation("sla.milestone." + milestone),
                        args.getOrDefault("percent", ""));
        Span what = new Span(text);
        if (n.readAt() == null) {
            what.getStyle().set("font-weight", "600");
        }
        Span at = new Span(when.format(n.at()));
        at.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        Div card = new Div(what, new Div(at));
        card.setId("notice-" + n.id());
        card.getStyle()
                .set("padding", "var(--lumo-space-s) 0")
                .set("border-bottom", "1px solid var(--lumo-contrast-10pct)")
                .set("cursor", "pointer")
                .set("min-height", "44px");
        card.addClickListener(e -> {
            api.body(() -> inbox.read(n.id()));
            if (n.complaintId() != null) {
                getUI().ifPresent(ui -> ui.navigate("complaints/" + n.complaintId()));
            } else if (chart) {
                getUI().ifPresent(ui -> ui.navigate(
                        "quality/charts",
                        com.vaadin.flow.router.QueryParameters.of("metric", String.valueOf(args.get("metric")))));
            }
        });
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("inbox.title");
    }
}
