package app.rapport.ui.client;

import app.rapport.api.care.CareActionWrite;
import app.rapport.api.care.CareKind;
import app.rapport.api.care.Member;
import app.rapport.api.directory.BulkCarePlan;
import app.rapport.api.directory.BulkHandover;
import app.rapport.api.directory.BulkResult;
import app.rapport.api.directory.DirectoryApi;
import app.rapport.api.directory.DirectoryEntry;
import app.rapport.ui.care.MemberNames;
import app.rapport.ui.platform.api.Api;
import app.rapport.ui.platform.api.ApiProblem;
import app.rapport.ui.platform.i18n.TenantTime;
import app.rapport.ui.platform.i18n.Wording;
import app.rapport.ui.platform.layout.Notices;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * What account managers and admins do with the clients ticked in the list: hand them all to one member, or plan the
 * same care action for each. Both change every client or none; a refusal names the client it came from.
 */
class SelectionActions extends HorizontalLayout {
    final Span count = new Span();
    final Button handOver = new Button();
    final Button plan = new Button();
    private final DirectoryApi directory;
    private final Api api;
    private final List<Member> members;
    private final Supplier<Set<DirectoryEntry>> selected;
    private final Runnable done;

    SelectionActions(
            DirectoryApi directory,
            Api api,
            List<Member> members,
            Supplier<Set<DirectoryEntry>> selected,
            Runnable done) {
        this.directory = directory;
        this.api = api;
        this.members = members;
        this.selected = selected;
        this.done = done;
        setId("selection-actions");
        setAlignItems(FlexComponent.Alignment.BASELINE);
        count.setId("selection-count");
        handOver.setId("selection-handover");
        handOver.setText(getTranslation("clients.selection.handover"));
        handOver.addClickListener(e -> handOverDialog());
        plan.setId("selection-plan");
        plan.setText(getTranslation("care.plan"));
        plan.addClickListener(e -> planDialog());
        add(count, handOver, plan);
        update();
    }

    void update() {
        int n = selected.get().size();
        count.setText(getTranslation("clients.selection.count", n));
        setVisible(n > 0);
    }

    private List<String> ids() {
        return selected.get().stream().map(DirectoryEntry::id).sorted().toList();
    }

    private void handOverDialog() {
        Map<String, String> names = MemberNames.of(members);
        Select<String> to = new Select<>();
        to.setId("handover-owner");
        to.setLabel(getTranslation("stage.owner.assign"));
        to.setItems(MemberNames.sorted(members, getLocale()));
        to.setItemLabelGenerator(u -> names.getOrDefault(u, u));
        to.setWidthFull();
        dialog("handover", getTranslation("clients.selection.handover"), to, () -> {
            if (to.getValue() == null) {
                to.setErrorMessage(getTranslation("validation.required"));
                to.setInvalid(true);
                return null;
            }
            return api.body(() -> directory.handOver(new BulkHandover(ids(), to.getValue())));
        });
    }

    private void planDialog() {
        Select<CareKind> kind = new Select<>();
        kind.setId("plan-kind");
        kind.setLabel(getTranslation("care.kind"));
        kind.setItems(CareKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("care.kind." + k));
        kind.setValue(CareKind.CALL);
        TextField title = new TextField(getTranslation("care.title"));
        title.setId("plan-title");
        title.setMaxLength(200);
        DatePicker due = new DatePicker(getTranslation("care.due"));
        due.setId("plan-due");
        due.setMin(TenantTime.today());
        due.setValue(TenantTime.today().plusDays(1));
        FormLayout form = new FormLayout(kind, title, due);
        dialog("plan", getTranslation("care.plan"), form, () -> {
            if (title.getValue().isBlank()) {
                title.setErrorMessage(getTranslation("validation.required"));
                title.setInvalid(true);
                return null;
            }
            return api.body(() -> directory.planCare(new BulkCarePlan(
                    ids(), new CareActionWrite(kind.getValue(), title.getValue(), due.getValue(), null, null, null))));
        });
    }

    private void dialog(String id, String title, Component body, Supplier<BulkResult> action) {
        Dialog d = new Dialog();
        d.setId(id + "-dialog");
        d.setHeaderTitle(title + " · "
                + getTranslation("clients.selection.count", selected.get().size()));
        d.add(body);
        d.setWidth("min(28em, 95vw)");
        Button ok = new Button(title, e -> {
            try {
                BulkResult r = action.get();
                if (r != null) {
                    d.close();
                    Notices.success(getTranslation("clients.selection.done", r.changed()));
                    done.run();
                }
            } catch (ApiProblem p) {
                Notices.error(refusal(p));
            }
        });
        ok.setId(id + "-ok");
        ok.addThemeVariants(ButtonVariant.PRIMARY);
        d.getFooter().add(new Button(getTranslation("action.cancel"), e -> d.close()), ok);
        d.open();
    }

    /** The refusal, prefixed with the name of the client it came from (nothing changed for the others). */
    private String refusal(ApiProblem p) {
        Object clientId = p.args().get("clientId");
        String name = selected.get().stream()
                .filter(e -> e.id().equals(clientId))
                .map(DirectoryEntry::name)
                .findFirst()
                .orElse(null);
        return name == null
                ? Wording.problem(p)
                : getTranslation("clients.selection.refused", name, Wording.problem(p));
    }
}
