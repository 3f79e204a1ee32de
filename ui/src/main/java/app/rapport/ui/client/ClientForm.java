package app.rapport.ui.client;

import app.rapport.api.client.ClientKind;
import app.rapport.api.client.ClientView;
import app.rapport.api.client.ClientWrite;
import app.rapport.api.client.ContactWrite;
import app.rapport.api.common.ProblemView.FieldProblem;
import app.rapport.ui.platform.layout.FieldErrors;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import java.util.Map;

/**
 * The fields of one client. It validates what it can and hands a {@link ClientWrite} to whoever listens; it never
 * calls a service itself, so it is tested without a server.
 */
public class ClientForm extends FormLayout {
    final RadioButtonGroup<ClientKind> kind = new RadioButtonGroup<>();
    final TextField name = new TextField();
    final TextField industry = new TextField();
    final EmailField email = new EmailField();
    final TextField phone = new TextField();
    final TextField city = new TextField();
    final TextField website = new TextField();
    final TextArea notes = new TextArea();

    public ClientForm() {
        kind.setLabel(getTranslation("client.kind"));
        kind.setItems(ClientKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("client.kind." + k));
        kind.setValue(ClientKind.ORGANISATION);
        kind.setId("client-kind");
        field(name, "client.name", "client-name", 200);
        name.setRequiredIndicatorVisible(true);
        field(industry, "client.industry", "client-industry", 100);
        email.setLabel(getTranslation("client.email"));
        email.setId("client-email");
        email.setMaxLength(254);
        email.setErrorMessage(getTranslation("validation.email"));
        field(phone, "client.phone", "client-phone", 40);
        phone.setAllowedCharPattern("[+0-9 ()\\-]");
        field(city, "client.city", "client-city", 100);
        field(website, "client.website", "client-website", 254);
        notes.setLabel(getTranslation("client.notes"));
        notes.setMaxLength(4000);
        notes.setId("client-notes");
        add(kind, name, industry, email, phone, city, website, notes);
        setColspan(notes, 2);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("40em", 2));
    }

    private void field(TextField f, String key, String id, int max) {
        f.setLabel(getTranslation(key));
        f.setId(id);
        f.setMaxLength(max);
    }

    public void show(ClientView c) {
        kind.setValue(c.kind());
        name.setValue(c.name());
        industry.setValue(nz(c.industry()));
        email.setValue(nz(c.email()));
        phone.setValue(nz(c.phone()));
        city.setValue(nz(c.city()));
        website.setValue(nz(c.website()));
        notes.setValue(nz(c.notes()));
    }

    /** Checks the form; when it holds, fires a {@link SaveEvent} with what to send. */
    public boolean save(List<ContactWrite> contacts) {
        clearErrors();
        boolean ok = true;
        if (name.getValue().isBlank()) {
            invalid(name, getTranslation("validation.required"));
            ok = false;
        }
        if (email.isInvalid()
                || (!email.getValue().isBlank() && !email.getValue().matches("^[^@\\s]+@[^@\\s]+$"))) {
            invalid(email, getTranslation("validation.email"));
            ok = false;
        }
        if (ok) {
            fireEvent(new SaveEvent(
                    this,
                    new ClientWrite(
                            kind.getValue(),
                            name.getValue(),
                            industry.getValue(),
                            email.getValue(),
                            phone.getValue(),
                            city.getValue(),
                            website.getValue(),
                            notes.getValue(),
                            contacts)));
        }
        return ok;
    }

    /** Marks the fields the API named; returns whether any was found. */
    public boolean showErrors(List<FieldProblem> problems) {
        Map<String, HasValidation> byName = Map.of(
                "kind",
                kind,
                "name",
                name,
                "industry",
                industry,
                "email",
                email,
                "phone",
                phone,
                "city",
                city,
                "website",
                website,
                "notes",
                notes);
        return FieldErrors.onFields(problems, byName);
    }

    public void setEditable(boolean editable) {
        kind.setReadOnly(!editable);
        List.<HasValue<?, ?>>of(name, industry, email, phone, city, website, notes)
                .forEach(f -> f.setReadOnly(!editable));
    }

    private void clearErrors() {
        List.<HasValidation>of(kind, name, industry, email, phone, city, website, notes)
                .forEach(f -> f.setInvalid(false));
    }

    private static void invalid(HasValidation f, String message) {
        f.setErrorMessage(message);
        f.setInvalid(true);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    public Registration addSaveListener(ComponentEventListener<SaveEvent> l) {
        return addListener(SaveEvent.class, l);
    }

    /** The user asked to save a valid form. */
    public static final class SaveEvent extends ComponentEvent<ClientForm> {
        private final ClientWrite client;

        SaveEvent(ClientForm source, ClientWrite client) {
            super(source, false);
            this.client = client;
        }

        public ClientWrite client() {
            return client;
        }
    }
}
