package app.rapport.ui.survey;

import app.rapport.api.client.ContactView;
import app.rapport.api.survey.InstrumentView;
import app.rapport.api.survey.InvitationLink;
import app.rapport.api.survey.InvitationWrite;
import app.rapport.api.survey.SurveyApi;
import app.rapport.ui.platform.api.Api;
import app.rapport.ui.platform.api.ApiProblem;
import app.rapport.ui.platform.i18n.MessagesI18NProvider;
import app.rapport.ui.platform.layout.FieldErrors;
import app.rapport.ui.platform.layout.Notices;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Invites a client to answer an instrument: which one, which contact, in which language (the contact's reading
 * language is the manager's call; the tenant's by default), and — inside the suppression window only — whether to ask
 * anyway — and optionally the product and service it asks about (for the satisfaction index). The new link goes to
 * {@code made}.
 */
class InviteDialog extends Dialog {
    final ComboBox<InstrumentView> instrument = new ComboBox<>();
    final ComboBox<ContactView> contact = new ComboBox<>();
    final Select<Locale> language = new Select<>();
    final ComboBox<SurveySubjects.Subject> product = new ComboBox<>();
    final ComboBox<SurveySubjects.Subject> service = new ComboBox<>();
    final Checkbox override = new Checkbox();
    final Button confirm = new Button();

    InviteDialog(
            String clientId,
            List<InstrumentView> instruments,
            List<ContactView> contacts,
            List<SurveySubjects.Subject> products,
            List<SurveySubjects.Subject> services,
            Instant suppressedUntil,
            String suppressedText,
            SurveyApi surveys,
            Api api,
            Consumer<InvitationLink> made) {
        setHeaderTitle(getTranslation("survey.invite.title"));
        String tag = MessagesI18NProvider.languageTag(getLocale());
        instrument.setId("invite-instrument");
        instrument.setLabel(getTranslation("survey.instrument"));
        instrument.setItems(instruments);
        instrument.setItemLabelGenerator(i -> i.nameTranslations().in(tag, i.name()));
        instrument.setRequired(true);
        instrument.setWidthFull();
        if (instruments.size() == 1) {
            instrument.setValue(instruments.get(0));
        }
        contact.setId("invite-contact");
        contact.setLabel(getTranslation("survey.invite.contact"));
        contact.setItems(contacts);
        contact.setItemLabelGenerator(ContactView::name);
        contact.setClearButtonVisible(true);
        contact.setWidthFull();
        contacts.stream().filter(ContactView::primary).findFirst().ifPresent(contact::setValue);
        language.setId("invite-language");
        language.setLabel(getTranslation("survey.invite.language"));
        language.setItems(MessagesI18NProvider.LOCALES);
        language.setItemLabelGenerator(l -> getTranslation("language." + l.toLanguageTag()));
        language.setValue(MessagesI18NProvider.supported(getLocale()));
        language.setHelperText(getTranslation("survey.invite.language.help"));
        product.setId("invite-product");
        product.setLabel(getTranslation("survey.invite.product"));
        product.setItems(products);
        product.setItemLabelGenerator(SurveySubjects.Subject::name);
        product.setClearButtonVisible(true);
        product.setWidthFull();
        service.setId("invite-service");
        service.setLabel(getTranslation("survey.invite.service"));
        service.setItems(services);
        service.setItemLabelGenerator(s -> s.translations().in(tag, s.name()));
        service.setClearButtonVisible(true);
        service.setWidthFull();
        service.setHelperText(getTranslation("survey.invite.subject.help"));
        add(instrument, contact, language, product, service);
        if (suppressedUntil != null) {
            Paragraph suppressed = new Paragraph(suppressedText);
            suppressed.setId("invite-suppressed");
            override.setId("invite-override");
            override.setLabel(getTranslation("survey.invite.override"));
            add(suppressed, override);
        }
        confirm.setId("invite-confirm");
        confirm.setText(getTranslation("survey.invite"));
        confirm.addThemeVariants(ButtonVariant.PRIMARY);
        confirm.addClickListener(e -> {
            if (FieldErrors.missing(instrument, instrument.isEmpty())) {
                return;
            }
            InvitationWrite write = new InvitationWrite(
                    instrument.getValue().id(),
                    contact.isEmpty() ? null : contact.getValue().id(),
                    language.getValue().toLanguageTag(),
                    override.getValue(),
                    product.isEmpty() ? null : product.getValue().id(),
                    service.isEmpty() ? null : service.getValue().id());
            try {
                InvitationLink link = api.body(() -> surveys.invite(clientId, write));
                close();
                made.accept(link);
            } catch (ApiProblem p) {
                if (!FieldErrors.onFields(
                        p.fields(),
                        Map.of(
                                "instrumentId",
                                instrument,
                                "contactId",
                                contact,
                                "productId",
                                product,
                                "blueprintId",
                                service))) {
                    Notices.problem(p);
                }
            }
        });
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        getFooter().add(cancel, confirm);
    }
}
