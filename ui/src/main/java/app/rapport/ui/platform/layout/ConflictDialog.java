package app.rapport.ui.platform.layout;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;

/** Someone else saved the client meanwhile: say so, and offer to load their version. Nothing is overwritten. */
public final class ConflictDialog {
    private ConflictDialog() {}

    public static void open(Runnable reload) {
        Dialog d = new Dialog();
        d.setId("conflict-dialog");
        d.setHeaderTitle(d.getTranslation("conflict.title"));
        d.add(new Paragraph(d.getTranslation("conflict.text")));
        Button load = new Button(d.getTranslation("conflict.reload"), e -> {
            reload.run();
            d.close();
        });
        load.setId("conflict-reload");
        load.addThemeVariants(ButtonVariant.PRIMARY);
        d.getFooter().add(new Button(d.getTranslation("action.cancel"), e -> d.close()), load);
        d.open();
    }
}
