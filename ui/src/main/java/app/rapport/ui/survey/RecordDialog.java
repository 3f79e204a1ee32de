package app.rapport.ui.survey;

import app.rapport.api.survey.InstrumentView;
import app.rapport.api.survey.InvitationView;
import app.rapport.api.survey.RecordedAnswers;
import app.rapport.api.survey.ResponseView;
import app.rapport.api.survey.SurveyApi;
import app.rapport.api.survey.SurveyChannel;
import app.rapport.ui.platform.api.Api;
import app.rapport.ui.platform.api.ApiProblem;
import app.rapport.ui.platform.i18n.MessagesI18NProvider;
import app.rapport.ui.platform.i18n.TenantTime;
import app.rapport.ui.platform.i18n.VaadinTexts;
import app.rapport.ui.platform.layout.FieldErrors;
import app.rapport.ui.platform.layout.Notices;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Records the answers a client gave by phone, on paper or in person: the day they were given (the tenant's today at
 * the latest), how, and every question of the instrument — a score's scale from its type, the reasons on a low score,
 * the SERVQUAL statements as expectation and perception with the importance points. Either standing alone (which
 * instrument, optionally what it asked about) or for an open invitation (its instrument's version). The recorded
 * answer goes to {@code recorded}; the server's refusals land on the fields they name.
 */
class RecordDialog extends Dialog {
    final ComboBox<InstrumentView> instrument = new ComboBox<>();
    final DatePicker day = VaadinTexts.datePicker();
    final Select<SurveyChannel> channel = new Select<>();
    final ComboBox<SurveySubjects.Subject> product = new ComboBox<>();
    final ComboBox<SurveySubjects.Subject> service = new ComboBox<>();
    final Checkbox optOut = new Checkbox();
    final RecordedQuestions questions = new RecordedQuestions();
    final Button confirm = new Button();
    /** The inputs of the shown questions by their key, for the server's refusals. */
    final Map<String, HasValidation> inputs = questions.inputs;

    /** Answers standing alone: which instrument, and optionally what it asked about. */
    static RecordDialog alone(
            String clientId,
            List<InstrumentView> instruments,
            SurveySubjects subjects,
            SurveyApi surveys,
            Api api,
            Consumer<ResponseView> recorded) {
        return new RecordDialog(clientId, instruments, null, null, subjects, surveys, api, recorded);
    }

    /** Answers to an open invitation: its instrument's version, as the form would have asked. */
    static RecordDialog answering(
            String clientId,
            InvitationView invitation,
            InstrumentView version,
            SurveyApi surveys,
            Api api,
            Consumer<ResponseView> recorded) {
        return new RecordDialog(clientId, List.of(version), invitation, version, null, surveys, api, recorded);
    }

    private RecordDialog(
            String clientId,
            List<InstrumentView> instruments,
            InvitationView invitation,
            InstrumentView fixed,
            SurveySubjects subjects,
            SurveyApi surveys,
            Api api,
            Consumer<ResponseView> recorded) {
        String tag = MessagesI18NProvider.languageTag(getLocale());
        setHeaderTitle(getTranslation("survey.record.title"));
        setWidth("min(44rem, 100vw)");
        Paragraph intro = new Paragraph(getTranslation("survey.record.intro"));
        instrument.setId("record-instrument");
        instrument.setLabel(getTranslation("survey.instrument"));
        instrument.setItems(instruments);
        instrument.setItemLabelGenerator(i -> i.nameTranslations().in(tag, i.name()));
        instrument.setRequired(true);
        instrument.setWidthFull();
        instrument.addValueChangeListener(e -> questions.show(e.getValue()));
        instrument.setReadOnly(fixed != null);
        day.setId("record-day");
        day.setLabel(getTranslation("survey.record.day"));
        day.setMax(TenantTime.today());
        day.setValue(TenantTime.today());
        day.setRequired(true);
        channel.setId("record-channel");
        channel.setLabel(getTranslation("survey.record.channel"));
        channel.setItems(SurveyChannel.PHONE, SurveyChannel.PAPER, SurveyChannel.IN_PERSON);
        channel.setItemLabelGenerator(c -> getTranslation("survey.channel." + c));
        channel.setValue(SurveyChannel.PHONE);
        FlexLayout when = new FlexLayout(day, channel);
        when.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        when.getStyle().set("gap", "0 1em");
        add(intro, instrument, when);
        if (subjects != null) {
            product.setId("record-product");
            product.setLabel(getTranslation("survey.invite.product"));
            product.setItems(subjects.products());
            product.setItemLabelGenerator(SurveySubjects.Subject::name);
            product.setClearButtonVisible(true);
            product.setWidthFull();
            service.setId("record-service");
            service.setLabel(getTranslation("survey.invite.service"));
            service.setItems(subjects.services());
            service.setItemLabelGenerator(s -> s.translations().in(tag, s.name()));
            service.setClearButtonVisible(true);
            service.setWidthFull();
            service.setHelperText(getTranslation("survey.invite.subject.help"));
            add(product, service);
        }
        optOut.setId("record-optout");
        optOut.setLabel(getTranslation("survey.record.optOut"));
        add(questions, optOut);
        if (fixed != null) {
            instrument.setValue(fixed);
        } else if (instruments.size() == 1) {
            instrument.setValue(instruments.get(0));
        }
        confirm.setId("record-confirm");
        confirm.setText(getTranslation("survey.record.save"));
        confirm.addThemeVariants(ButtonVariant.PRIMARY);
        confirm.addClickListener(e -> {
            if (FieldErrors.missing(instrument, instrument.isEmpty()) | FieldErrors.missing(day, day.isEmpty())) {
                return;
            }
            RecordedAnswers write = new RecordedAnswers(
                    invitation == null ? instrument.getValue().id() : null,
                    invitation == null ? null : invitation.id(),
                    day.getValue(),
                    channel.getValue(),
                    null,
                    product.isEmpty() ? null : product.getValue().id(),
                    service.isEmpty() ? null : service.getValue().id(),
                    questions.answers(),
                    optOut.getValue());
            try {
                ResponseView done = api.body(() -> surveys.recordAnswers(clientId, write));
                close();
                recorded.accept(done);
            } catch (ApiProblem p) {
                // the server names a question's part: "effort.score", "better.text", "servqual.items[3]"…
                Map<String, HasValidation> fields = new HashMap<>(inputs);
                inputs.forEach((key, input) -> {
                    for (String part : List.of(".score", ".text", ".reasons", ".items", ".points")) {
                        fields.put(key + part, input);
                    }
                });
                fields.putAll(Map.of(
                        "answeredOn", day,
                        "channel", channel,
                        "instrumentId", instrument,
                        "productId", product,
                        "blueprintId", service));
                if (!FieldErrors.onFields(p.fields(), fields)) {
                    Notices.problem(p);
                }
            }
        });
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        getFooter().add(cancel, confirm);
    }
}
