package app.rapport.ui.complaint;

import app.rapport.api.complaint.Accountability;
import app.rapport.api.complaint.CauseAnalysis;
import app.rapport.api.complaint.ClientFeedback;
import app.rapport.api.complaint.ClientNotice;
import app.rapport.api.complaint.ComplaintAction;
import app.rapport.api.complaint.ComplaintApi;
import app.rapport.api.complaint.ComplaintCause;
import app.rapport.api.complaint.ComplaintSummary;
import app.rapport.api.complaint.ComplaintView;
import app.rapport.api.complaint.DepartmentAssignment;
import app.rapport.api.complaint.DepartmentView;
import app.rapport.api.complaint.RemedyDecision;
import app.rapport.api.complaint.RemedyProposal;
import app.rapport.api.complaint.Reopening;
import app.rapport.api.complaint.Verdict;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Map;

/**
 * The forms of the steps the reader may take now — only those the server listed in {@code may}: judge, assign,
 * analyse, propose, decide; in recovery accountability, notice, feedback and "recovery done"; the summary; reopening.
 * Each hands its call to the page ({@link Submit}).
 */
class StepForms extends VerticalLayout {

    StepForms(ComplaintView c, ComplaintApi api, List<DepartmentView> departments, Submit submit) {
        setPadding(false);
        setId("complaint-steps");
        String id = c.id();
        if (c.may().contains(ComplaintAction.JUDGE)) {
            RadioButtonGroup<Boolean> upheld = new RadioButtonGroup<>();
            upheld.setId("complaint-upheld");
            upheld.setItems(true, false);
            upheld.setItemLabelGenerator(
                    b -> getTranslation(b ? "complaint.verdict.upheld" : "complaint.verdict.notUpheld"));
            upheld.setValue(true);
            TextArea reason = area("complaint-verdict-reason", "complaint.verdict.reason");
            form(
                    "judge",
                    upheld,
                    reason,
                    button(
                            "complaint-judge",
                            "complaint.action.JUDGE",
                            () -> submit.send(
                                    () -> api.judge(id, new Verdict(upheld.getValue(), reason.getValue())),
                                    Map.of("reason", reason))));
        }
        if (c.may().contains(ComplaintAction.ASSIGN)) {
            Select<DepartmentView> department = new Select<>();
            department.setId("complaint-assign-department");
            department.setLabel(getTranslation("complaint.department"));
            department.setItems(departments);
            department.setItemLabelGenerator(d -> d == null ? "" : d.name());
            department.setEmptySelectionAllowed(false);
            departments.stream()
                    .filter(d -> d.id().equals(c.departmentId()))
                    .findFirst()
                    .ifPresent(department::setValue);
            form(
                    "assign",
                    department,
                    button(
                            "complaint-assign",
                            "complaint.action.ASSIGN",
                            () -> submit.send(
                                    () -> api.assign(
                                            id,
                                            new DepartmentAssignment(
                                                    department.getValue() == null
                                                            ? ""
                                                            : department
                                                                    .getValue()
                                                                    .id())),
                                    Map.of("departmentId", department))));
        }
        if (c.may().contains(ComplaintAction.ANALYSE)) {
            CheckboxGroup<ComplaintCause> causes = new CheckboxGroup<>();
            causes.setId("complaint-causes");
            causes.setLabel(getTranslation("complaint.causes"));
            causes.setItems(ComplaintCause.values());
            causes.setItemLabelGenerator(k -> getTranslation("complaint.cause." + k));
            causes.setValue(new java.util.LinkedHashSet<>(c.causes()));
            TextArea notes = area("complaint-cause-notes", "complaint.causeNotes");
            notes.setValue(c.causeNotes() == null ? "" : c.causeNotes());
            form(
                    "analyse",
                    causes,
                    notes,
                    button(
                            "complaint-analyse",
                            "complaint.action.ANALYSE",
                            () -> submit.send(
                                    () -> api.analyse(
                                            id, new CauseAnalysis(List.copyOf(causes.getValue()), notes.getValue())),
                                    Map.of("causes", causes, "notes", notes))));
        }
        if (c.may().contains(ComplaintAction.PROPOSE)) {
            TextArea remedy = area("complaint-remedy", "complaint.remedy");
            form(
                    "propose",
                    remedy,
                    button(
                            "complaint-propose",
                            "complaint.action.PROPOSE",
                            () -> submit.send(
                                    () -> api.propose(id, new RemedyProposal(remedy.getValue())),
                                    Map.of("remedy", remedy))));
        }
        if (c.may().contains(ComplaintAction.DECIDE)) {
            TextArea reason = area("complaint-decision-reason", "complaint.decision.reason");
            Button approve = button(
                    "complaint-approve",
                    "complaint.approve",
                    () -> submit.send(
                            () -> api.decide(id, new RemedyDecision(true, reason.getValue())),
                            Map.of("reason", reason)));
            Button reject = button(
                    "complaint-reject",
                    "complaint.reject",
                    () -> submit.send(
                            () -> api.decide(id, new RemedyDecision(false, reason.getValue())),
                            Map.of("reason", reason)));
            reject.removeThemeVariants(ButtonVariant.PRIMARY);
            reject.addThemeVariants(ButtonVariant.ERROR);
            form("decide", reason, new HorizontalLayout(approve, reject));
        }
        if (c.may().contains(ComplaintAction.ACCOUNT)) {
            TextField who = new TextField(getTranslation("complaint.responsible"));
            who.setId("complaint-responsible");
            who.setWidthFull();
            who.setValue(c.responsible() == null ? "" : c.responsible());
            TextArea what = area("complaint-consequence", "complaint.consequence");
            what.setValue(c.consequence() == null ? "" : c.consequence());
            form(
                    "account",
                    who,
                    what,
                    button(
                            "complaint-account",
                            "complaint.action.ACCOUNT",
                            () -> submit.send(
                                    () -> api.account(id, new Accountability(who.getValue(), what.getValue())),
                                    Map.of("responsible", who, "consequence", what))));
        }
        if (c.may().contains(ComplaintAction.NOTIFY)) {
            TextArea notice = area("complaint-notice", "complaint.notice");
            notice.setValue(c.notice() == null ? "" : c.notice());
            form(
                    "notify",
                    notice,
                    button(
                            "complaint-notify",
                            "complaint.action.NOTIFY",
                            () -> submit.send(
                                    () -> api.notifyClient(id, new ClientNotice(notice.getValue())),
                                    Map.of("note", notice))));
        }
        if (c.may().contains(ComplaintAction.FEEDBACK)) {
            RadioButtonGroup<Boolean> satisfied = new RadioButtonGroup<>();
            satisfied.setId("complaint-satisfied");
            satisfied.setLabel(getTranslation("complaint.satisfied"));
            satisfied.setItems(true, false);
            satisfied.setItemLabelGenerator(
                    b -> getTranslation(b ? "complaint.satisfied.yes" : "complaint.satisfied.no"));
            satisfied.setValue(c.satisfied() == null ? Boolean.TRUE : c.satisfied());
            TextArea words = area("complaint-feedback", "complaint.feedback");
            words.setValue(c.feedback() == null ? "" : c.feedback());
            form(
                    "feedback",
                    satisfied,
                    words,
                    button(
                            "complaint-give-feedback",
                            "complaint.action.FEEDBACK",
                            () -> submit.send(
                                    () -> api.feedback(id, new ClientFeedback(satisfied.getValue(), words.getValue())),
                                    Map.of("note", words))));
        }
        if (c.may().contains(ComplaintAction.RESOLVE)) {
            Button resolve = button(
                    "complaint-resolve",
                    "complaint.action.RESOLVE",
                    () -> submit.send(() -> api.resolve(id), Map.of()));
            resolve.setEnabled(c.recoveryOpen().isEmpty());
            form("resolve", resolve);
        }
        if (c.may().contains(ComplaintAction.CLOSE)) {
            TextArea lessons = area("complaint-lessons", "complaint.lessons");
            Checkbox systemic = new Checkbox(getTranslation("complaint.systemic"));
            systemic.setId("complaint-systemic");
            form(
                    "close",
                    lessons,
                    systemic,
                    button(
                            "complaint-close",
                            "complaint.action.CLOSE",
                            () -> submit.send(
                                    () -> api.close(id, new ComplaintSummary(lessons.getValue(), systemic.getValue())),
                                    Map.of("lessons", lessons))));
        }
        if (c.may().contains(ComplaintAction.REOPEN)) {
            TextArea reason = area("complaint-reopen-reason", "complaint.reopen.reason");
            form(
                    "reopen",
                    reason,
                    button(
                            "complaint-reopen",
                            "complaint.action.REOPEN",
                            () -> submit.send(
                                    () -> api.reopen(id, new Reopening(reason.getValue())), Map.of("reason", reason))));
        }
    }

    private void form(String action, Component... parts) {
        VerticalLayout box = new VerticalLayout(new H3(getTranslation("complaint.form." + action)));
        box.add(parts);
        box.setId("complaint-form-" + action);
        box.setPadding(false);
        box.setSpacing(false);
        box.getStyle().set("gap", "var(--lumo-space-s)");
        add(box);
    }

    private TextArea area(String id, String label) {
        TextArea a = new TextArea(getTranslation(label));
        a.setId(id);
        a.setWidthFull();
        a.setMaxLength(2000);
        return a;
    }

    private Button button(String id, String label, Runnable then) {
        Button b = new Button(getTranslation(label), e -> then.run());
        b.setId(id);
        b.addThemeVariants(ButtonVariant.PRIMARY);
        b.setMinHeight("44px");
        return b;
    }
}
