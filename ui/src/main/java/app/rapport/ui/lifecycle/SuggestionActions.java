package app.rapport.ui.lifecycle;

import app.rapport.api.lifecycle.LifecycleApi;
import app.rapport.api.lifecycle.SuggestionDecision;
import app.rapport.api.lifecycle.SuggestionView;
import app.rapport.ui.platform.api.Api;
import app.rapport.ui.platform.api.ApiProblem;
import app.rapport.ui.platform.layout.Notices;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;

/** Accept and dismiss buttons for a suggestion; dismissing asks why (the service requires a reason). */
final class SuggestionActions extends HorizontalLayout {
    SuggestionActions(SuggestionView s, LifecycleApi lifecycle, Api api, Runnable decided) {
        Button accept = new Button(getTranslation("suggestion.accept"), e -> {
            try {
                api.body(() -> lifecycle.accept(s.id(), new SuggestionDecision(null)));
                Notices.success(
                        getTranslation("suggestion.accepted", s.clientName(), getTranslation("stage." + s.to())));
                decided.run();
            } catch (ApiProblem p) {
                Notices.problem(p);
            }
        });
        accept.setId("accept-" + s.id());
        accept.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.SMALL);
        Button dismiss =
                new Button(getTranslation("suggestion.dismiss"), e -> dismissDialog(s, lifecycle, api, decided));
        dismiss.setId("dismiss-" + s.id());
        dismiss.addThemeVariants(ButtonVariant.SMALL);
        add(accept, dismiss);
    }

    private void dismissDialog(SuggestionView s, LifecycleApi lifecycle, Api api, Runnable decided) {
        Dialog d = new Dialog();
        d.setHeaderTitle(getTranslation("suggestion.dismiss.title", s.clientName()));
        TextArea reason = new TextArea(getTranslation("suggestion.dismiss.reason"));
        reason.setId("dismiss-reason");
        reason.setWidth("22em");
        reason.setRequired(true);
        Button confirm = new Button(getTranslation("suggestion.dismiss"), e -> {
            try {
                api.body(() -> lifecycle.dismiss(s.id(), new SuggestionDecision(reason.getValue())));
                d.close();
                decided.run();
            } catch (ApiProblem p) {
                if (p.fields().isEmpty()) {
                    Notices.problem(p);
                } else {
                    reason.setErrorMessage(getTranslation("validation.required"));
                    reason.setInvalid(true);
                }
            }
        });
        confirm.setId("dismiss-confirm");
        confirm.addThemeVariants(ButtonVariant.PRIMARY);
        d.add(reason);
        d.getFooter().add(new Button(getTranslation("action.cancel"), e -> d.close()), confirm);
        d.open();
    }
}
