package app.rapport.ui.operator;

import app.rapport.api.operator.TenantView;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.function.Consumer;

/**
 * Deleting a tenant for good: the dialog says what goes (schema, users) and what stays (the entry, the slug), and the
 * delete button works only once the operator has typed the tenant's slug.
 */
class DeleteTenantDialog extends Dialog {
    final TextField confirm = new TextField();
    final Button delete = new Button();

    DeleteTenantDialog(TenantView tenant, Consumer<String> onConfirmed) {
        setId("delete-tenant-dialog");
        setHeaderTitle(getTranslation("tenant.delete.title", tenant.displayName()));
        confirm.setId("delete-tenant-confirm");
        confirm.setLabel(getTranslation("tenant.delete.type", tenant.slug()));
        confirm.setValueChangeMode(ValueChangeMode.EAGER);
        confirm.setWidthFull();
        delete.setId("delete-tenant-go");
        delete.setText(getTranslation("tenant.delete"));
        delete.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.PRIMARY);
        delete.setEnabled(false);
        confirm.addValueChangeListener(
                e -> delete.setEnabled(tenant.slug().equals(e.getValue().strip())));
        delete.addClickListener(e -> {
            close();
            onConfirmed.accept(confirm.getValue().strip());
        });
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        add(new Paragraph(getTranslation("tenant.delete.text")), confirm);
        getFooter().add(cancel, delete);
    }
}
