package app.rapport.ui.platform.layout;

import app.rapport.ui.platform.api.ApiProblem;
import app.rapport.ui.platform.i18n.Wording;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/**
 * Short messages to the user: successes, and the API's refusals in the user's language. One at a time — a new one
 * replaces the one showing — at the top of the page, where they cover no button (Save and Delete sit at the bottom of
 * forms, and on a phone the Save button of a touchpoint sticks to the bottom of the screen).
 */
public final class Notices {
    private Notices() {}

    public static void success(String text) {
        show(text, 3000, NotificationVariant.SUCCESS);
    }

    /** A message of the UI's own (already translated) that something cannot be done as asked. */
    public static void error(String text) {
        show(text, 6000, NotificationVariant.ERROR);
    }

    public static void problem(ApiProblem p) {
        show(Wording.problem(p), 6000, NotificationVariant.ERROR);
    }

    private static void show(String text, int millis, NotificationVariant variant) {
        UI ui = UI.getCurrent();
        Notification showing = ui == null ? null : ComponentUtil.getData(ui, Notification.class);
        if (showing != null) {
            showing.close();
        }
        Notification n = new Notification(text, millis, Notification.Position.TOP_CENTER);
        n.addThemeVariants(variant);
        n.setId("notice");
        if (ui != null) {
            ComponentUtil.setData(ui, Notification.class, n);
        }
        n.open();
    }
}
