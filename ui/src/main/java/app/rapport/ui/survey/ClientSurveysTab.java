package app.rapport.ui.survey;

import app.rapport.api.client.ContactView;
import app.rapport.api.survey.ClientSurveys;
import app.rapport.api.survey.InvitationLink;
import app.rapport.api.survey.InvitationStatus;
import app.rapport.api.survey.InvitationView;
import app.rapport.api.survey.OptOutWrite;
import app.rapport.api.survey.SurveyApi;
import app.rapport.api.survey.SurveyResult;
import app.rapport.ui.platform.api.Api;
import app.rapport.ui.platform.api.ApiProblem;
import app.rapport.ui.platform.i18n.Formats;
import app.rapport.ui.platform.i18n.MessagesI18NProvider;
import app.rapport.ui.platform.layout.Badge;
import app.rapport.ui.platform.layout.Confirm;
import app.rapport.ui.platform.layout.Notices;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * A client's surveys on its page: whether they opted out and until when a new invitation falls in the suppression
 * window, each invitation with where it stands and the answer's figures (a low one with its call-back), and inviting,
 * a new link, cancelling and reading the answers a tap away.
 */
public class ClientSurveysTab extends VerticalLayout {
    final Paragraph status = new Paragraph();
    final Button invite = new Button();
    final Button optOut = new Button();
    final Button record = new Button();
    final Grid<InvitationView> grid = new Grid<>();
    private final String clientId;
    private final List<ContactView> contacts;
    private final SurveyApi surveys;
    private final SurveyDelivery delivery;
    private final SurveySubjects subjects;
    private final Api api;
    private final String clientName;
    private ClientSurveys shown;
    private final java.util.Map<String, String> names;

    /** {@code names}: the members' display names by username, for who recorded an answer. */
    public ClientSurveysTab(
            String clientId,
            String clientName,
            List<ContactView> contacts,
            SurveyApi surveys,
            SurveyDelivery delivery,
            SurveySubjects subjects,
            Api api,
            java.util.Map<String, String> names) {
        this.names = names;
        this.subjects = subjects;
        this.clientId = clientId;
        this.clientName = clientName;
        this.contacts = contacts == null ? List.of() : contacts;
        this.surveys = surveys;
        this.delivery = delivery;
        this.api = api;
        setPadding(false);
        status.setId("client-survey-status");
        invite.setId("client-survey-invite");
        invite.setText(getTranslation("survey.invite"));
        invite.addThemeVariants(ButtonVariant.PRIMARY);
        invite.addClickListener(e -> openInvite());
        record.setId("client-survey-record");
        record.setText(getTranslation("survey.record"));
        record.addClickListener(e -> openRecord());
        optOut.setId("client-survey-optout");
        optOut.addClickListener(e -> toggleOptOut());
        DateTimeFormatter day = Formats.shortDate(getLocale());
        String tag = MessagesI18NProvider.languageTag(getLocale());
        grid.setId("client-surveys");
        grid.addThemeVariants(GridVariant.WRAP_CELL_CONTENT);
        grid.setEmptyStateText(getTranslation("survey.none"));
        grid.addColumn(i -> getTranslation(
                        "survey.instrument.version",
                        i.instrumentNameTranslations().in(tag, i.instrumentName()),
                        i.instrumentVersion()))
                .setHeader(getTranslation("survey.instrument"))
                .setFlexGrow(2)
                .setKey("instrument");
        grid.addComponentColumn(this::statusBadge)
                .setHeader(getTranslation("survey.status"))
                .setAutoWidth(true)
                .setKey("status");
        grid.addColumn(i -> day.format(i.createdAt()))
                .setHeader(getTranslation("survey.sent"))
                .setAutoWidth(true)
                .setKey("sent");
        grid.addColumn(i -> i.answeredAt() != null
                        ? getTranslation("survey.answeredOn", day.format(i.answeredAt()))
                        : i.status() == InvitationStatus.OPEN
                                ? getTranslation("survey.expiresOn", day.format(i.expiresAt()))
                                : i.status() == InvitationStatus.SCHEDULED
                                        ? getTranslation("survey.sendsOn", day.format(i.createdAt()))
                                        : "")
                .setHeader(getTranslation("survey.when"))
                .setAutoWidth(true)
                .setKey("when");
        grid.addComponentColumn(i -> figures(i.result()))
                .setHeader(getTranslation("survey.result"))
                .setFlexGrow(2)
                .setKey("result");
        grid.addComponentColumn(this::actions).setHeader("").setAutoWidth(true).setKey("actions");
        grid.setAllRowsVisible(true);
        HorizontalLayout bar = new HorizontalLayout(invite, record, optOut);
        bar.setWrap(true);
        bar.setAlignItems(Alignment.BASELINE);
        add(status, bar, grid);
        load();
    }

    private void load() {
        shown = api.call(() -> surveys.clientSurveys(clientId));
        DateTimeFormatter day = Formats.shortDate(getLocale());
        if (shown.optedOut()) {
            status.setText(getTranslation(
                    "survey.optedOut", shown.optedOutAt() == null ? "" : day.format(shown.optedOutAt())));
            optOut.setText(getTranslation("survey.optIn"));
        } else if (suppressed()) {
            status.setText(getTranslation("survey.suppressed", day.format(shown.suppressedUntil())));
            optOut.setText(getTranslation("survey.optOut"));
        } else {
            status.setText(getTranslation("survey.mayInvite"));
            optOut.setText(getTranslation("survey.optOut"));
        }
        invite.setEnabled(!shown.optedOut());
        grid.setItems(shown.invitations());
    }

    private boolean suppressed() {
        return shown.suppressedUntil() != null && shown.suppressedUntil().isAfter(Instant.now());
    }

    private void openInvite() {
        var instruments = api.call(() -> surveys.instruments(false));
        if (instruments.isEmpty()) {
            Notices.error(getTranslation("survey.invite.noInstrument"));
            return;
        }
        new InviteDialog(
                        clientId,
                        instruments,
                        contacts,
                        subjects.products(),
                        subjects.services(),
                        suppressed() ? shown.suppressedUntil() : null,
                        status.getText(),
                        surveys,
                        api,
                        this::made)
                .open();
    }

    private void openRecord() {
        var instruments = api.call(() -> surveys.instruments(false));
        if (instruments.isEmpty()) {
            Notices.error(getTranslation("survey.invite.noInstrument"));
            return;
        }
        RecordDialog.alone(clientId, instruments, subjects, surveys, api, this::recorded)
                .open();
    }

    private void openRecord(InvitationView i) {
        var version = api.call(() -> surveys.instrumentVersion(i.instrumentId(), i.instrumentVersion()));
        RecordDialog.answering(clientId, i, version, surveys, api, this::recorded)
                .open();
    }

    private void recorded(app.rapport.api.survey.ResponseView done) {
        Notices.success(getTranslation("survey.record.done"));
        load();
    }

    private void made(InvitationLink link) {
        Notices.success(getTranslation("survey.invited"));
        load();
        delivery.offer(link, addressee(link.invitation())).show();
    }

    private String addressee(InvitationView i) {
        return contacts.stream()
                .filter(c -> c.id().equals(i.contactId()))
                .map(ContactView::name)
                .findFirst()
                .orElse(clientName);
    }

    private void toggleOptOut() {
        boolean out = !shown.optedOut();
        Runnable change = () -> {
            try {
                shown = api.call(() -> surveys.optOut(clientId, new OptOutWrite(out)));
                Notices.success(getTranslation(out ? "survey.optedOut.saved" : "survey.optedIn.saved"));
                load();
            } catch (ApiProblem p) {
                Notices.problem(p);
            }
        };
        if (out) {
            Confirm.before(getTranslation("survey.optOut"), clientName, getTranslation("survey.optOut.text"), change);
        } else {
            change.run();
        }
    }

    private Component statusBadge(InvitationView i) {
        String colour =
                switch (i.status()) {
                    case SCHEDULED -> Badge.AMBER;
                    case OPEN -> Badge.BLUE;
                    case ANSWERED -> i.result() != null && i.result().low() ? Badge.RED : Badge.GREEN;
                    case EXPIRED -> Badge.GREY;
                    case CANCELLED -> Badge.GREY;
                };
        Component badge = Badge.of(getTranslation("survey.status." + i.status()), colour);
        if (i.skipped() == null && i.trigger() == app.rapport.api.survey.SurveyTrigger.MANUAL) {
            return badge;
        }
        // what sent it, and why a rule's invitation was not sent, under the badge
        VerticalLayout box = new VerticalLayout(badge);
        box.setPadding(false);
        box.setSpacing(false);
        Span why = new Span(
                i.skipped() != null
                        ? getTranslation("survey.skipped." + i.skipped())
                        : getTranslation("survey.trigger." + i.trigger()));
        why.getStyle()
                .set("font-size", "var(--lumo-font-size-s, 0.875rem)")
                .set("color", "var(--lumo-secondary-text-color, #5f6368)");
        box.add(why);
        return box;
    }

    /** The answer's headline figures: CSAT of 5, NPS with its group, effort of 7, the reasons, the call-back. */
    Component figures(SurveyResult r) {
        FlexLayout box = new FlexLayout();
        box.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        box.getStyle().set("gap", "0.35em");
        if (r == null) {
            return box;
        }
        List<Component> parts = new ArrayList<>();
        if (r.csat() != null) {
            parts.add(Badge.of(
                    getTranslation("survey.figure.csat", r.csat()),
                    Boolean.TRUE.equals(r.csatPositive()) ? Badge.GREEN : Badge.AMBER));
        }
        if (r.nps() != null) {
            String colour =
                    switch (r.npsGroup()) {
                        case PROMOTER -> Badge.GREEN;
                        case PASSIVE -> Badge.GREY;
                        case DETRACTOR -> Badge.RED;
                    };
            parts.add(Badge.of(
                    getTranslation("survey.figure.nps", r.nps(), getTranslation("survey.nps." + r.npsGroup())),
                    colour));
        }
        if (r.effort() != null) {
            parts.add(Badge.of(getTranslation("survey.figure.effort", r.effort()), Badge.GREY));
        }
        for (var reason : r.reasons()) {
            parts.add(new Span(getTranslation("complaint.cause." + reason)));
        }
        if (r.followUpId() != null) {
            parts.add(Badge.of(getTranslation("survey.followUp"), Badge.AMBER));
        }
        if (r.channel() != null && r.channel() != app.rapport.api.survey.SurveyChannel.FORM) {
            Span how = new Span(getTranslation(
                    "survey.recordedBy",
                    getTranslation("survey.channel." + r.channel()),
                    r.recordedBy() == null ? "" : names.getOrDefault(r.recordedBy(), r.recordedBy())));
            how.addClassName("survey-channel");
            how.getStyle()
                    .set("font-size", "var(--lumo-font-size-s, 0.875rem)")
                    .set("color", "var(--lumo-secondary-text-color, #5f6368)");
            parts.add(how);
        }
        parts.forEach(box::add);
        return box;
    }

    private Component actions(InvitationView i) {
        HorizontalLayout row = new HorizontalLayout();
        row.setSpacing(false);
        row.getStyle().set("gap", "0.25em");
        if (i.status() == InvitationStatus.ANSWERED) {
            Button read = new Button(
                    getTranslation("survey.answers"),
                    e -> new ResponseDialog(api.call(() -> surveys.response(i.id())), names).open());
            read.setId("survey-answers-" + i.id());
            read.addThemeVariants(ButtonVariant.TERTIARY);
            row.add(read);
        }
        if (i.mayLink()) {
            Button link = new Button(
                    getTranslation("survey.newLink"),
                    e -> Confirm.before(
                            getTranslation("survey.newLink"),
                            addressee(i),
                            getTranslation("survey.newLink.text"),
                            () -> {
                                try {
                                    InvitationLink fresh = api.call(() -> surveys.newLink(i.id()));
                                    delivery.offer(fresh, addressee(i)).show();
                                } catch (ApiProblem p) {
                                    Notices.problem(p);
                                    load();
                                }
                            }));
            link.setId("survey-link-" + i.id());
            link.addThemeVariants(ButtonVariant.TERTIARY);
            row.add(link);
        }
        if (i.mayLink()) {
            Button answered = new Button(getTranslation("survey.record"), e -> openRecord(i));
            answered.setId("survey-record-" + i.id());
            answered.addThemeVariants(ButtonVariant.TERTIARY);
            row.add(answered);
        }
        if (i.mayCancel()) {
            Button cancel = new Button(
                    getTranslation("survey.withdraw"),
                    e -> Confirm.before(
                            getTranslation("survey.cancel"), addressee(i), getTranslation("survey.cancel.text"), () -> {
                                try {
                                    api.run(() -> surveys.cancelInvitation(i.id()));
                                    Notices.success(getTranslation("survey.cancelled"));
                                } catch (ApiProblem p) {
                                    Notices.problem(p);
                                }
                                load();
                            }));
            cancel.setId("survey-cancel-" + i.id());
            cancel.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
            row.add(cancel);
        }
        return row;
    }
}
