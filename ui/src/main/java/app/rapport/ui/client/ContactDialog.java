package app.rapport.ui.client;

import app.rapport.api.client.ContactWrite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Consumer;

/** Asks for one contact person and hands it over when it holds. */
class ContactDialog extends Dialog {
    final TextField name = new TextField();
    final TextField jobTitle = new TextField();
    final EmailField email = new EmailField();
    final TextField phone = new TextField();
    final Checkbox primary = new Checkbox();
    final Button add = new Button();

    ContactDialog(Consumer<ContactWrite> onAdd) {
        setHeaderTitle(getTranslation("contact.add"));
        name.setLabel(getTranslation("contact.name"));
        name.setId("contact-name");
        name.setRequiredIndicatorVisible(true);
        name.setMaxLength(200);
        jobTitle.setLabel(getTranslation("contact.jobTitle"));
        jobTitle.setMaxLength(100);
        email.setLabel(getTranslation("contact.email"));
        email.setErrorMessage(getTranslation("validation.email"));
        phone.setLabel(getTranslation("contact.phone"));
        phone.setAllowedCharPattern("[+0-9 ()\\-]");
        primary.setLabel(getTranslation("contact.primary"));
        add(new FormLayout(name, jobTitle, email, phone, primary));
        add.setText(getTranslation("action.add"));
        add.setId("contact-confirm");
        add.addThemeVariants(ButtonVariant.PRIMARY);
        add.addClickListener(e -> {
            if (name.getValue().isBlank()) {
                name.setErrorMessage(getTranslation("validation.required"));
                name.setInvalid(true);
                return;
            }
            if (email.isInvalid()) {
                return;
            }
            onAdd.accept(new ContactWrite(
                    name.getValue(), jobTitle.getValue(), email.getValue(), phone.getValue(), primary.getValue()));
            close();
        });
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), add);
    }
}
