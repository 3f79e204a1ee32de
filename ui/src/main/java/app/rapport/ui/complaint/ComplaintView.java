package app.rapport.ui.complaint;

import app.rapport.api.care.CareApi;
import app.rapport.api.complaint.ComplaintApi;
import app.rapport.api.complaint.ComplaintEventView;
import app.rapport.api.complaint.ComplaintStatus;
import app.rapport.api.complaint.DepartmentApi;
import app.rapport.ui.care.MemberNames;
import app.rapport.ui.platform.api.Api;
import app.rapport.ui.platform.api.ApiProblem;
import app.rapport.ui.platform.i18n.Formats;
import app.rapport.ui.platform.i18n.Wording;
import app.rapport.ui.platform.layout.Allowed;
import app.rapport.ui.platform.layout.FieldErrors;
import app.rapport.ui.platform.layout.MainLayout;
import app.rapport.ui.platform.layout.Notices;
import app.rapport.ui.platform.security.SignedInUser;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import io.micronaut.http.HttpResponse;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.function.Supplier;

/**
 * One complaint: where it stands in the eight steps, what the client said and what each step recorded, the forms of
 * the steps the reader may take now (as the server decided), the recovery checklist and the history of every step.
 */
@Route(value = "complaints/:id", layout = MainLayout.class)
@Allowed({SignedInUser.TENANT_ADMIN, SignedInUser.ACCOUNT_MANAGER, SignedInUser.SERVICE_STAFF})
@Prototype
public class ComplaintView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
    private final ComplaintApi complaints;
    private final DepartmentApi departments;
    private final Api api;
    private final Map<String, String> names;
    private String title = "";

    ComplaintView(ComplaintApi complaints, DepartmentApi departments, CareApi care, Api api) {
        this.complaints = complaints;
        this.departments = departments;
        this.api = api;
        this.names = MemberNames.of(api.call(care::members));
        setMaxWidth("60em");
        setWidthFull();
        getStyle().set("box-sizing", "border-box");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("id").orElse("");
        show(api.call(() -> complaints.complaint(id)));
    }

    void show(app.rapport.api.complaint.ComplaintView c) {
        removeAll();
        title = ComplaintWords.reference(c.number());
        Button client =
                new Button(c.clientName(), e -> getUI().ifPresent(ui -> ui.navigate("clients/" + c.clientId())));
        client.setId("complaint-client-link");
        client.addThemeVariants(ButtonVariant.TERTIARY);
        HorizontalLayout badges =
                new HorizontalLayout(ComplaintWords.severity(c.severity()), ComplaintWords.status(c.status()));
        badges.getStyle().set("flex-wrap", "wrap");
        Span step = new Span(
                c.status().isOver()
                        ? getTranslation("complaint.step.over")
                        : getTranslation(
                                "complaint.step.progress",
                                c.status().step(),
                                getTranslation(
                                        "complaint.step.name." + c.status().step())));
        step.setId("complaint-step-now");
        HorizontalLayout head = new HorizontalLayout(new H2(title), client);
        head.setAlignItems(FlexComponent.Alignment.BASELINE);
        head.getStyle().set("flex-wrap", "wrap");
        add(head, badges, step);
        if (c.status() == ComplaintStatus.RECEIVED && c.reopened() == 0) {
            Paragraph tell = new Paragraph(getTranslation("complaint.acknowledge", title));
            tell.setId("complaint-acknowledge");
            tell.getStyle().set("background", "var(--lumo-contrast-5pct)").set("padding", "var(--lumo-space-s)");
            add(tell);
        }
        // what needs the reader now comes first: the steps they may take and the checklist, then what was recorded
        Submit submit = this::send;
        boolean recovering = c.status() == ComplaintStatus.IN_RECOVERY;
        if (recovering) {
            add(new RecoveryChecklist(c, complaints, u -> names.getOrDefault(u, u), submit));
        }
        if (!c.may().isEmpty()) {
            add(new StepForms(c, complaints, api.call(departments::departments), submit));
        }
        if (!c.clocks().isEmpty()
                || c.may().contains(app.rapport.api.complaint.ComplaintAction.HOLD)
                || c.holdReason() != null) {
            add(new ServiceClocks(c, complaints, submit));
        }
        add(facts(c));
        if (!recovering && c.recovery().stream().anyMatch(r -> r.at() != null)) {
            add(new RecoveryChecklist(c, complaints, u -> names.getOrDefault(u, u), submit));
        }
        add(history(c));
    }

    private void send(
            Supplier<HttpResponse<app.rapport.api.complaint.ComplaintView>> call,
            Map<String, ? extends HasValidation> fields) {
        try {
            show(api.body(call));
            Notices.success(getTranslation("complaint.saved"));
        } catch (ApiProblem p) {
            FieldErrors.show(p, fields);
        }
    }

    private FormLayout facts(app.rapport.api.complaint.ComplaintView c) {
        DateTimeFormatter when = Formats.shortDateTime(getLocale());
        FormLayout f = new FormLayout();
        f.setId("complaint-facts");
        f.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("36em", 2));
        fact(f, "complaint.whatHappened", c.whatHappened());
        fact(f, "complaint.clientAsks", c.clientAsks());
        fact(f, "interaction.channel", getTranslation("channel." + c.channel()));
        fact(
                f,
                "complaint.receivedBy",
                getTranslation("complaint.recovery.by", who(c.receivedBy()), when.format(c.receivedAt())));
        fact(f, "complaint.owner", who(c.owner()));
        if (c.upheld() != null) {
            fact(
                    f,
                    "complaint.verdict",
                    getTranslation(c.upheld() ? "complaint.verdict.upheld" : "complaint.verdict.notUpheld") + " · "
                            + c.verdictReason());
        }
        fact(f, "complaint.department", c.departmentName());
        if (!c.causes().isEmpty()) {
            fact(
                    f,
                    "complaint.causes",
                    String.join(
                                    ", ",
                                    c.causes().stream()
                                            .map(k -> getTranslation("complaint.cause." + k))
                                            .toList())
                            + (c.causeNotes() == null ? "" : " · " + c.causeNotes()));
        }
        if (c.remedy() != null) {
            fact(
                    f,
                    "complaint.remedy",
                    c.remedy() + " · " + getTranslation("complaint.remedyBy", who(c.remedyBy()))
                            + (c.decidedBy() == null
                                    ? ""
                                    : " · " + getTranslation("complaint.decidedBy", who(c.decidedBy()))));
        }
        if (c.responsible() != null) {
            fact(f, "complaint.responsible", c.responsible() + " · " + c.consequence());
        }
        fact(f, "complaint.notice", c.notice());
        if (c.satisfied() != null) {
            fact(
                    f,
                    "complaint.satisfied",
                    getTranslation(c.satisfied() ? "complaint.satisfied.yes" : "complaint.satisfied.no")
                            + (c.feedback() == null ? "" : " · " + c.feedback()));
        }
        if (c.lessons() != null) {
            fact(
                    f,
                    "complaint.lessons",
                    c.lessons()
                            + (Boolean.TRUE.equals(c.systemic()) ? " · " + getTranslation("complaint.systemic") : ""));
        }
        return f;
    }

    private void fact(FormLayout f, String label, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        Span v = new Span(value);
        v.getStyle().set("white-space", "pre-wrap");
        f.addFormItem(v, getTranslation(label));
    }

    private Div history(app.rapport.api.complaint.ComplaintView c) {
        DateTimeFormatter when = Formats.shortDateTime(getLocale());
        Div list = new Div(new H3(getTranslation("complaint.history")));
        list.setId("complaint-history");
        for (ComplaintEventView e : c.history().reversed()) {
            String args = e.args().isEmpty() ? "" : Wording.fillArgs("complaint.eventArgs." + e.kind(), e.args());
            Span line = new Span(
                    when.format(e.at()) + " · " + who(e.actor()) + " · " + getTranslation("complaint.event." + e.kind())
                            + (args.isEmpty() ? "" : " · " + args)
                            + (e.note() == null ? "" : " — " + e.note()));
            Div row = new Div(line);
            row.getStyle().set("padding", "var(--lumo-space-xs) 0");
            list.add(row);
        }
        return list;
    }

    private String who(String username) {
        return username == null ? "" : names.getOrDefault(username, username);
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
