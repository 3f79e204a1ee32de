package app.rapport.ui.blueprint;

import app.rapport.api.blueprint.Lane;
import app.rapport.api.blueprint.StepView;
import app.rapport.api.blueprint.StepWrite;
import app.rapport.api.common.TenantRole;
import app.rapport.ui.platform.api.ApiProblem;
import app.rapport.ui.platform.i18n.TranslationFields;
import app.rapport.ui.platform.layout.FieldErrors;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Adds or edits a step of a draft in words an admin knows: where it happens (lane, place along the process), what it
 * is, who does it, its standard (how long it may take, what good looks like), and whether it is a fail point or a
 * touchpoint.
 */
class StepDialog extends Dialog {

    final Select<Lane> lane = new Select<>();
    final IntegerField col = new IntegerField();
    final TextField name = new TextField();
    final TranslationFields nameTranslations = new TranslationFields("step-name", 120);
    final TextArea description = new TextArea();
    /** The step's role; empty when the step is no one's (a client's action, a system). */
    final Select<Optional<TenantRole>> role = new Select<>();

    final IntegerField target = new IntegerField();
    final TextField rule = new TextField();
    final Checkbox failPoint = new Checkbox();
    final Checkbox touchpoint = new Checkbox();
    final Button save = new Button();

    /** {@code save} sends the step and throws the API's refusal, which the dialog shows by field. */
    StepDialog(StepView existing, Lane lane0, int col0, Consumer<StepWrite> send) {
        setHeaderTitle(getTranslation(existing == null ? "blueprint.step.add" : "blueprint.step.edit"));
        lane.setId("step-lane");
        lane.setLabel(getTranslation("blueprint.lane"));
        lane.setItems(Lane.values());
        lane.setItemLabelGenerator(l -> getTranslation("blueprint.lane." + l));
        col.setId("step-col");
        col.setLabel(getTranslation("blueprint.col"));
        col.setHelperText(getTranslation("blueprint.col.help"));
        col.setMin(1);
        col.setMax(100);
        col.setStepButtonsVisible(true);
        name.setId("step-name");
        name.setLabel(getTranslation("blueprint.step.name"));
        name.setRequired(true);
        name.setMaxLength(120);
        description.setLabel(getTranslation("blueprint.description"));
        description.setMaxLength(1000);
        role.setLabel(getTranslation("blueprint.step.role"));
        role.setItems(
                Optional.empty(),
                Optional.of(TenantRole.SERVICE_STAFF),
                Optional.of(TenantRole.ACCOUNT_MANAGER),
                Optional.of(TenantRole.TENANT_ADMIN));
        role.setId("step-role");
        role.setItemLabelGenerator(r -> r.map(x -> getTranslation("role." + x))
                .orElseGet(() -> getTranslation(
                        lane.getValue() == Lane.CLIENT_ACTIONS ? "blueprint.step.byClient" : "blueprint.step.noRole")));
        // the empty choice reads "the client" in the client's lane: its label is drawn anew when the lane changes
        lane.addValueChangeListener(e -> role.setItemLabelGenerator(role.getItemLabelGenerator()));
        target.setId("step-target");
        target.setLabel(getTranslation("blueprint.step.target"));
        target.setHelperText(getTranslation("blueprint.step.target.help"));
        target.setMin(1);
        target.setMax(525600);
        rule.setLabel(getTranslation("blueprint.step.rule"));
        rule.setMaxLength(500);
        failPoint.setId("step-fail");
        failPoint.setLabel(getTranslation("blueprint.step.failPoint"));
        touchpoint.setId("step-touchpoint");
        touchpoint.setLabel(getTranslation("blueprint.step.touchpoint"));
        if (existing == null) {
            lane.setValue(lane0);
            col.setValue(col0);
            role.setValue(byLane(lane0));
            // a new step is done by whoever works in its lane until the admin says otherwise: the client's actions
            // by the client, the front and back stage by service staff, support processes by no one in particular
            lane.addValueChangeListener(e -> {
                if (e.getValue() != null && (role.isEmpty() || role.getValue().equals(byLane(e.getOldValue())))) {
                    role.setValue(byLane(e.getValue()));
                }
            });
        } else {
            lane.setValue(existing.lane());
            col.setValue(existing.col());
            name.setValue(existing.name());
            nameTranslations.setValue(existing.nameTranslations());
            description.setValue(existing.description() == null ? "" : existing.description());
            role.setValue(Optional.ofNullable(existing.ownerRole()));
            target.setValue(existing.targetMinutes());
            rule.setValue(existing.qualityRule() == null ? "" : existing.qualityRule());
            failPoint.setValue(existing.failPoint());
            touchpoint.setValue(existing.touchpoint());
        }
        FormLayout form = new FormLayout(
                lane,
                col,
                name,
                nameTranslations.zhCn,
                nameTranslations.zhTw,
                role,
                target,
                rule,
                description,
                failPoint,
                touchpoint);
        form.setColspan(name, 2);
        form.setColspan(description, 2);
        save.setId("step-save");
        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> save(send));
        add(form);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }

    private void save(Consumer<StepWrite> send) {
        name.setInvalid(false);
        col.setInvalid(false);
        if (name.getValue().isBlank()) {
            name.setErrorMessage(getTranslation("validation.required"));
            name.setInvalid(true);
            return;
        }
        if (col.getValue() == null || col.getValue() < 1 || col.getValue() > 100) {
            col.setErrorMessage(getTranslation("blueprint.col.invalid"));
            col.setInvalid(true);
            return;
        }
        StepWrite w = new StepWrite(
                lane.getValue(),
                col.getValue(),
                name.getValue(),
                description.getValue(),
                role.getValue().orElse(null),
                target.getValue(),
                rule.getValue(),
                failPoint.getValue(),
                touchpoint.getValue(),
                nameTranslations.value());
        try {
            send.accept(w);
            close();
        } catch (ApiProblem p) {
            FieldErrors.show(
                    p,
                    Map.of(
                            "col", col,
                            "name", name,
                            "targetMinutes", target,
                            "nameTranslations.zhCn", nameTranslations.zhCn,
                            "nameTranslations.zhTw", nameTranslations.zhTw));
        }
    }

    /** Who does a step of this lane when nobody says otherwise. */
    static Optional<TenantRole> byLane(Lane lane) {
        return lane == null || lane == Lane.CLIENT_ACTIONS || lane == Lane.SUPPORT_PROCESSES
                ? Optional.empty()
                : Optional.of(TenantRole.SERVICE_STAFF);
    }
}
