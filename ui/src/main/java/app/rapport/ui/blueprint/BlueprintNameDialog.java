package app.rapport.ui.blueprint;

import app.rapport.api.blueprint.BlueprintSummary;
import app.rapport.api.blueprint.BlueprintWrite;
import app.rapport.ui.platform.api.ApiProblem;
import app.rapport.ui.platform.i18n.TranslationFields;
import app.rapport.ui.platform.layout.FieldErrors;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A blueprint's name (unique in the tenant), its optional 简体 and 繁體 names and its description: for a new blueprint
 * and for renaming one.
 */
class BlueprintNameDialog extends Dialog {
    final TextField name = new TextField();
    final TranslationFields nameTranslations = new TranslationFields("blueprint-name", 200);
    final TextArea description = new TextArea();

    /** {@code send} writes what was entered; {@code done} gets the blueprint as it now is. */
    BlueprintNameDialog(
            String titleKey,
            String nameId,
            String saveId,
            BlueprintSummary existing,
            Function<BlueprintWrite, BlueprintSummary> send,
            Consumer<BlueprintSummary> done) {
        setHeaderTitle(getTranslation(titleKey));
        name.setLabel(getTranslation("blueprint.name"));
        name.setId(nameId);
        name.setRequired(true);
        name.setMaxLength(200);
        name.setWidthFull();
        description.setLabel(getTranslation("blueprint.description"));
        description.setMaxLength(1000);
        description.setWidthFull();
        if (existing != null) {
            name.setValue(existing.name());
            nameTranslations.setValue(existing.nameTranslations());
            description.setValue(existing.description() == null ? "" : existing.description());
        }
        Button save = new Button(getTranslation("action.save"), e -> {
            if (name.getValue().isBlank()) {
                name.setErrorMessage(getTranslation("validation.required"));
                name.setInvalid(true);
                return;
            }
            try {
                BlueprintSummary saved = send.apply(
                        new BlueprintWrite(name.getValue(), description.getValue(), nameTranslations.value()));
                close();
                done.accept(saved);
            } catch (ApiProblem p) {
                Map<String, HasValidation> fields = new HashMap<>(nameTranslations.named("nameTranslations"));
                fields.put("name", name);
                fields.put("description", description);
                FieldErrors.show(p, fields);
            }
        });
        save.setId(saveId);
        save.addThemeVariants(ButtonVariant.PRIMARY);
        add(new VerticalLayout(name, nameTranslations.zhCn, nameTranslations.zhTw, description));
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }
}
