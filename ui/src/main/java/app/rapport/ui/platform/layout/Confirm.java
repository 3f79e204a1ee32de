package app.rapport.ui.platform.layout;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H3;

/**
 * The one way Rapport asks before an action that cannot be undone: the title names the action and what it acts on
 * ("Delete “Wang Household”?"), the text says what follows, the red confirm button repeats the action, and Cancel
 * (or Escape) does nothing.
 */
public final class Confirm {
    private Confirm() {}

    /** {@code action} is the action's label as on its button ("Delete"), {@code object} what it acts on. */
    public static ConfirmDialog before(String action, String object, String consequence, Runnable then) {
        UI ui = UI.getCurrent();
        ConfirmDialog d = new ConfirmDialog();
        d.setId("confirm-dialog");
        H3 header = new H3(ui.getTranslation("confirm.header", action, object));
        header.setId("confirm-header");
        header.getStyle().set("margin", "0");
        d.setHeader(header);
        d.setText(consequence);
        d.setCancelable(true);
        d.setCancelText(ui.getTranslation("action.cancel"));
        d.setConfirmText(action);
        d.setConfirmButtonTheme("error primary");
        d.addConfirmListener(e -> then.run());
        d.open();
        return d;
    }
}
