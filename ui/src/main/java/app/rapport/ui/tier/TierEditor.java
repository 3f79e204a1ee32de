package app.rapport.ui.tier;

import app.rapport.api.common.TenantRole;
import app.rapport.api.tier.TierDefinition;
import app.rapport.api.tier.TierMethod;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Input;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** One tier in the settings form: names, colour, the method's parameter and the entitlements. */
class TierEditor extends FormLayout {
    final String id;
    final TextField nameEn = new TextField();
    final TextField nameZhCn = new TextField();
    final TextField nameZhTw = new TextField();
    final TextField colour = new TextField();
    final BigDecimalField parameter = new BigDecimalField();
    final IntegerField cadence = new IntegerField();
    final IntegerField response = new IntegerField();
    final CheckboxGroup<TenantRole> owners = new CheckboxGroup<>();
    final TextField promise = new TextField();
    final TextField promiseZhCn = new TextField();
    final TextField promiseZhTw = new TextField();
    final Button remove = new Button(VaadinIcon.TRASH.create());

    TierEditor(TierDefinition tier, TierMethod method, Runnable onRemove) {
        id = tier == null ? null : tier.id();
        nameEn.setLabel(getTranslation("tier.nameEn"));
        nameZhCn.setLabel(getTranslation("tier.nameZhCn"));
        nameZhTw.setLabel(getTranslation("tier.nameZhTw"));
        colour.setLabel(getTranslation("tier.colour"));
        // picked with the browser's colour picker; the hex code stays visible and can be typed too
        Input picker = new Input();
        picker.setType("color");
        picker.getElement().setAttribute("aria-label", getTranslation("tier.colour"));
        picker.getStyle()
                .set("width", "2.2em")
                .set("height", "1.8em")
                .set("border", "none")
                .set("padding", "0");
        picker.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                colour.setValue(e.getValue());
            }
        });
        colour.addValueChangeListener(e -> {
            if (e.getValue() != null && e.getValue().matches("#[0-9a-fA-F]{6}")) {
                picker.setValue(e.getValue().toLowerCase());
            }
        });
        colour.setPrefixComponent(picker);
        cadence.setLabel(getTranslation("tier.cadence"));
        response.setLabel(getTranslation("tier.response"));
        owners.setLabel(getTranslation("tier.owners"));
        owners.setItems(TenantRole.values());
        owners.setItemLabelGenerator(r -> getTranslation("role." + r));
        promise.setLabel(getTranslation("tier.promise"));
        promiseZhCn.setLabel(getTranslation("tier.promise.zhCN"));
        promiseZhTw.setLabel(getTranslation("tier.promise.zhTW"));
        promiseZhCn.setHelperText(getTranslation("content.translation.help"));
        promiseZhTw.setHelperText(getTranslation("content.translation.help"));
        remove.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.TERTIARY);
        remove.setAriaLabel(getTranslation("tier.remove"));
        remove.addClickListener(e -> onRemove.run());
        setMethod(method);
        if (tier != null) {
            nameEn.setValue(tier.nameEn());
            nameZhCn.setValue(tier.nameZhCn());
            nameZhTw.setValue(tier.nameZhTw());
            colour.setValue(tier.colour());
            parameter.setValue(
                    switch (method) {
                        case THRESHOLD -> tier.minValue();
                        case PARETO -> tier.cumulativeShare();
                        case RFM -> tier.minRfmScore() == null ? null : BigDecimal.valueOf(tier.minRfmScore());
                    });
            cadence.setValue(tier.careCadenceDays());
            response.setValue(tier.responseHours());
            owners.setValue(Set.copyOf(tier.ownerRoles()));
            promise.setValue(tier.promise() == null ? "" : tier.promise());
            promiseZhCn.setValue(tier.promiseZhCn() == null ? "" : tier.promiseZhCn());
            promiseZhTw.setValue(tier.promiseZhTw() == null ? "" : tier.promiseZhTw());
        } else {
            colour.setValue("#1a7f5a");
            cadence.setValue(30);
            response.setValue(24);
            owners.setValue(Set.of(TenantRole.ACCOUNT_MANAGER));
        }
        add(
                nameEn,
                nameZhCn,
                nameZhTw,
                colour,
                parameter,
                cadence,
                response,
                owners,
                promise,
                promiseZhCn,
                promiseZhTw,
                remove);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("40em", 5));
        getStyle().set("border-top", "1px solid #ddd").set("padding-top", "0.5em");
    }

    void setMethod(TierMethod method) {
        parameter.setLabel(getTranslation("tier.parameter." + method));
    }

    TierDefinition definition(int rank, TierMethod method) {
        BigDecimal p = parameter.getValue();
        return new TierDefinition(
                id,
                rank,
                nameEn.getValue(),
                nameZhCn.getValue(),
                nameZhTw.getValue(),
                colour.getValue(),
                method == TierMethod.THRESHOLD ? p : null,
                method == TierMethod.PARETO ? p : null,
                method == TierMethod.RFM && p != null ? p.intValue() : null,
                cadence.getValue() == null ? 0 : cadence.getValue(),
                response.getValue() == null ? 0 : response.getValue(),
                List.copyOf(owners.getValue()),
                promise.getValue(),
                promiseZhCn.getValue(),
                promiseZhTw.getValue());
    }

    /** Marks the field the API named (minValue, nameEn, …) with its message; false if it is not one of ours. */
    boolean showError(String field, String message) {
        Map<String, HasValidation> fields = Map.ofEntries(
                Map.entry("nameEn", nameEn),
                Map.entry("nameZhCn", nameZhCn),
                Map.entry("nameZhTw", nameZhTw),
                Map.entry("colour", colour),
                Map.entry("minValue", parameter),
                Map.entry("cumulativeShare", parameter),
                Map.entry("minRfmScore", parameter),
                Map.entry("careCadenceDays", cadence),
                Map.entry("responseHours", response),
                Map.entry("promise", promise),
                Map.entry("promiseZhCn", promiseZhCn),
                Map.entry("promiseZhTw", promiseZhTw));
        HasValidation f = fields.get(field);
        if (f == null) {
            return false;
        }
        f.setErrorMessage(message);
        f.setInvalid(true);
        return true;
    }
}
