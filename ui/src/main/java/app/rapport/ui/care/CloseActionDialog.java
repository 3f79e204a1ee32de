package app.rapport.ui.care;

import app.rapport.api.care.CareActionView;
import app.rapport.api.care.CareApi;
import app.rapport.api.care.CareCompletion;
import app.rapport.api.care.CareSkip;
import app.rapport.api.common.ServiceLevel;
import app.rapport.ui.platform.api.Api;
import app.rapport.ui.platform.api.ApiProblem;
import app.rapport.ui.platform.layout.FieldErrors;
import app.rapport.ui.platform.layout.Notices;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;

/**
 * Completes a care action (what came of it and the service level delivered — SURPRISE is the one to aim for) or
 * skips it with a reason. Nothing is lost when the service refuses: the dialog stays open with the field marked.
 */
public class CloseActionDialog extends Dialog {
    final TextArea text = new TextArea();
    final RadioButtonGroup<ServiceLevel> level = new RadioButtonGroup<>();
    final Button confirm = new Button();

    public CloseActionDialog(CareActionView action, boolean skip, CareApi care, Api api, Runnable closed) {
        setHeaderTitle(getTranslation(skip ? "care.skip.title" : "care.complete.title", action.title()));
        text.setId("close-text");
        text.setLabel(getTranslation(skip ? "care.skip.reason" : "care.complete.outcome"));
        text.setWidth("24em");
        text.setRequired(true);
        add(new Paragraph(action.clientName()), text);
        if (!skip) {
            level.setId("close-level");
            level.setLabel(getTranslation("care.level.delivered"));
            level.setItems(ServiceLevel.values());
            level.setItemLabelGenerator(l -> getTranslation("level." + l));
            level.setHelperText(getTranslation("care.level.help"));
            level.setValue(ServiceLevel.EXPECTED);
            add(level);
        }
        confirm.setId("close-confirm");
        confirm.setText(getTranslation(skip ? "care.skip" : "care.complete"));
        confirm.addThemeVariants(ButtonVariant.PRIMARY);
        confirm.addClickListener(e -> {
            try {
                if (skip) {
                    api.body(() -> care.skip(action.id(), new CareSkip(text.getValue())));
                } else {
                    api.body(() -> care.complete(action.id(), new CareCompletion(text.getValue(), level.getValue())));
                }
                Notices.success(getTranslation(skip ? "care.skipped" : "care.completed"));
                close();
                closed.run();
            } catch (ApiProblem p) {
                FieldErrors.show(p, Map.of(skip ? "reason" : "outcome", text));
            }
        });
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        getFooter().add(cancel, confirm);
    }
}
