package app.rapport.ui.operator;

import app.rapport.api.operator.ProvisionedTenant;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;

/** Shows the new tenant's first admin login once: the temporary password is not stored anywhere in Rapport. */
final class ProvisionedDialog {
    private ProvisionedDialog() {}

    static void open(ProvisionedTenant p) {
        Dialog d = new Dialog();
        d.setId("provisioned-dialog");
        d.setHeaderTitle(d.getTranslation("tenant.provisioned.title", p.tenant().displayName()));
        d.add(new Paragraph(d.getTranslation(
                "tenant.provisioned.status",
                d.getTranslation("tenant.status." + p.tenant().status()))));
        d.add(new Paragraph(d.getTranslation("tenant.provisioned.admin", p.adminUsername())));
        if (p.temporaryPassword() != null) {
            d.add(new Paragraph(d.getTranslation("tenant.provisioned.password", p.temporaryPassword())));
        } else {
            d.add(new Paragraph(d.getTranslation("tenant.provisioned.existing")));
        }
        d.getFooter().add(new Button(d.getTranslation("action.close"), e -> d.close()));
        d.open();
    }
}
