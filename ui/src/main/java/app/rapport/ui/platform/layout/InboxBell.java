package app.rapport.ui.platform.layout;

import app.rapport.api.inbox.InboxApi;
import app.rapport.ui.platform.api.Api;
import app.rapport.ui.platform.api.ApiProblem;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;

/** The bell in the header: how many notices wait unread; a tap opens the inbox. */
final class InboxBell {
    private InboxBell() {}

    static Button of(InboxApi inbox, Api api) {
        long unread;
        try {
            unread = api.call(() -> inbox.inbox(0, 1)).unread();
        } catch (ApiProblem p) {
            unread = 0; // the page still works when the inbox cannot be read
        }
        UI ui = UI.getCurrent();
        Button bell = new Button(unread > 0 ? String.valueOf(unread) : "", VaadinIcon.BELL.create());
        bell.setId("inbox-bell");
        bell.addThemeVariants(ButtonVariant.TERTIARY);
        bell.setMinHeight("44px");
        bell.setTooltipText(ui.getTranslation("inbox.bell", unread));
        bell.getElement().setAttribute("aria-label", ui.getTranslation("inbox.bell", unread));
        if (unread > 0) {
            bell.addThemeVariants(ButtonVariant.ERROR);
        }
        bell.addClickListener(e -> ui.navigate("inbox"));
        return bell;
    }
}
