package app.rapport.ui.survey;

import app.rapport.api.complaint.ComplaintCause;
import app.rapport.api.survey.Answer;
import app.rapport.api.survey.DimensionPoints;
import app.rapport.api.survey.InstrumentView;
import app.rapport.api.survey.InvitationView;
import app.rapport.api.survey.ItemAnswer;
import app.rapport.api.survey.Question;
import app.rapport.api.survey.QuestionType;
import app.rapport.api.survey.RecordedAnswers;
import app.rapport.api.survey.ResponseView;
import app.rapport.api.survey.ServqualDimension;
import app.rapport.api.survey.ServqualStatement;
import app.rapport.api.survey.SurveyApi;
import app.rapport.api.survey.SurveyChannel;
import app.rapport.ui.platform.api.Api;
import app.rapport.ui.platform.api.ApiProblem;
import app.rapport.ui.platform.i18n.MessagesI18NProvider;
import app.rapport.ui.platform.i18n.TenantTime;
import app.rapport.ui.platform.i18n.VaadinTexts;
import app.rapport.ui.platform.layout.FieldErrors;
import app.rapport.ui.platform.layout.Notices;
import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.IntStream;

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
    final VerticalLayout questions = new VerticalLayout();
    final Button confirm = new Button();
    /** The inputs of the shown questions by their key (a score, a text), for reading and for the server's refusals. */
    final Map<String, HasValidation> inputs = new LinkedHashMap<>();

    private final Map<String, MultiSelectComboBox<ComplaintCause>> reasons = new HashMap<>();
    private final Map<String, Map<Integer, IntegerField[]>> items = new HashMap<>();
    private final Map<String, Map<ServqualDimension, IntegerField>> points = new HashMap<>();
    private List<Question> shown = List.of();
    private final String tag;
    private final String firm = TenantTime.workspace()
            .map(app.rapport.api.workspace.WorkspaceView::displayName)
            .orElse("");

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
        tag = MessagesI18NProvider.languageTag(getLocale());
        setHeaderTitle(getTranslation("survey.record.title"));
        setWidth("min(44rem, 100vw)");
        Paragraph intro = new Paragraph(getTranslation("survey.record.intro"));
        instrument.setId("record-instrument");
        instrument.setLabel(getTranslation("survey.instrument"));
        instrument.setItems(instruments);
        instrument.setItemLabelGenerator(i -> i.nameTranslations().in(tag, i.name()));
        instrument.setRequired(true);
        instrument.setWidthFull();
        instrument.addValueChangeListener(e -> show(e.getValue()));
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
        questions.setId("record-questions");
        questions.setPadding(false);
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
                    answers(),
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

    /** The questions of the chosen instrument, each with the input its type needs. */
    private void show(InstrumentView chosen) {
        questions.removeAll();
        inputs.clear();
        reasons.clear();
        items.clear();
        points.clear();
        shown = chosen == null ? List.of() : chosen.questions();
        for (Question q : shown) {
            String label = q.text() == null || q.text().isBlank()
                    ? getTranslation("form.default." + q.type())
                    : q.translations() == null ? q.text() : q.translations().in(tag, q.text());
            label = label.replace("{firm}", firm).strip();
            if (q.type().scored()) {
                scored(q, label);
            } else if (q.type() == QuestionType.TEXT) {
                TextArea text = new TextArea(label);
                text.setId("record-q-" + q.key());
                text.setMaxLength(2000);
                text.setRequired(q.required());
                text.setWidthFull();
                inputs.put(q.key(), text);
                questions.add(text);
            } else {
                servqual(q, label);
            }
        }
    }

    private void scored(Question q, String label) {
        Select<Integer> score = new Select<>();
        score.setId("record-q-" + q.key());
        score.setLabel(label);
        score.setItems(
                IntStream.rangeClosed(q.type().min(), q.type().max()).boxed().toList());
        score.setEmptySelectionAllowed(!q.required());
        score.setRequiredIndicatorVisible(q.required());
        score.setWidthFull();
        score.setHelperText(getTranslation(
                        "form.scale." + q.type() + ".low", q.type().min()) + " · "
                + getTranslation("form.scale." + q.type() + ".high", q.type().max()));
        inputs.put(q.key(), score);
        questions.add(score);
        if (q.askWhyAtMost() != null) {
            MultiSelectComboBox<ComplaintCause> why = new MultiSelectComboBox<>(getTranslation("survey.record.why"));
            why.setId("record-why-" + q.key());
            why.setItems(SurveyPage.CLIENT_REASONS);
            why.setItemLabelGenerator(c -> getTranslation("complaint.cause." + c));
            why.setWidthFull();
            why.setVisible(false);
            score.addValueChangeListener(e -> why.setVisible(e.getValue() != null && e.getValue() <= q.askWhyAtMost()));
            reasons.put(q.key(), why);
            questions.add(why);
        }
    }

    private void servqual(Question q, String label) {
        questions.add(new H4(label));
        questions.add(
                new Paragraph(getTranslation("survey.record.servqual") + " " + getTranslation("form.servqual.scale")));
        Map<Integer, IntegerField[]> pairs = new LinkedHashMap<>();
        List<ServqualStatement> statements = q.statements() == null ? List.of() : q.statements();
        for (int n = 1; n <= 22; n++) {
            int item = n;
            String text = statements.stream()
                    .filter(s -> s.item() == item)
                    .findFirst()
                    .map(s -> s.perceptionTranslations() == null
                            ? s.perception()
                            : s.perceptionTranslations().in(tag, s.perception()))
                    .orElse("")
                    .replace("{firm}", firm);
            IntegerField e = sevenPoint("record-e-" + q.key() + "-" + n, getTranslation("survey.record.expectation"));
            IntegerField p = sevenPoint("record-p-" + q.key() + "-" + n, getTranslation("survey.record.perception"));
            Paragraph statement = new Paragraph(getTranslation(
                            "survey.statements.itemLabel",
                            n,
                            getTranslation("servqual.dimension." + ServqualDimension.of(n)))
                    + (text.isBlank() ? "" : " — " + text.strip()));
            statement.getStyle().set("margin", "0.5em 0 0");
            FlexLayout row = new FlexLayout(e, p);
            row.getStyle().set("gap", "0 1em");
            questions.add(statement, row);
            pairs.put(n, new IntegerField[] {e, p});
        }
        items.put(q.key(), pairs);
        if (q.importancePoints()) {
            questions.add(new Paragraph(getTranslation("survey.record.points")));
            Map<ServqualDimension, IntegerField> split = new LinkedHashMap<>();
            FlexLayout row = new FlexLayout();
            row.setFlexWrap(FlexLayout.FlexWrap.WRAP);
            row.getStyle().set("gap", "0 1em");
            for (ServqualDimension d : ServqualDimension.values()) {
                IntegerField f = new IntegerField(getTranslation("servqual.dimension." + d));
                f.setId("record-points-" + q.key() + "-" + d);
                f.setMin(0);
                f.setMax(100);
                f.setWidth("9em");
                split.put(d, f);
                row.add(f);
            }
            points.put(q.key(), split);
            questions.add(row);
        }
        inputs.put(q.key(), items.get(q.key()).get(1)[0]);
    }

    private static IntegerField sevenPoint(String id, String label) {
        IntegerField f = new IntegerField(label);
        f.setId(id);
        f.setMin(1);
        f.setMax(7);
        f.setStepButtonsVisible(true);
        f.setWidth("9em");
        return f;
    }

    /** What the inputs hold, as the form would send it: only the questions answered. */
    List<Answer> answers() {
        List<Answer> out = new ArrayList<>();
        for (Question q : shown) {
            if (q.type().scored()) {
                Integer score = ((AbstractField<?, Integer>) (AbstractField<?, ?>) inputs.get(q.key())).getValue();
                if (score == null) {
                    continue;
                }
                MultiSelectComboBox<ComplaintCause> why = reasons.get(q.key());
                List<ComplaintCause> given =
                        why == null || !why.isVisible() || why.getValue().isEmpty()
                                ? null
                                : why.getValue().stream().sorted().toList();
                out.add(new Answer(q.key(), score, null, given, null, null));
            } else if (q.type() == QuestionType.TEXT) {
                String text = ((TextArea) inputs.get(q.key())).getValue();
                if (!text.isBlank()) {
                    out.add(new Answer(q.key(), null, text.strip(), null, null, null));
                }
            } else {
                List<ItemAnswer> given = new ArrayList<>();
                items.get(q.key()).forEach((n, pair) -> {
                    if (pair[0].getValue() != null || pair[1].getValue() != null) {
                        given.add(new ItemAnswer(n, pair[0].getValue(), pair[1].getValue()));
                    }
                });
                List<DimensionPoints> split = new ArrayList<>();
                points.getOrDefault(q.key(), Map.of()).forEach((d, f) -> {
                    if (f.getValue() != null) {
                        split.add(new DimensionPoints(d, f.getValue()));
                    }
                });
                if (!given.isEmpty() || !split.isEmpty()) {
                    out.add(new Answer(q.key(), null, null, null, given, split.isEmpty() ? null : split));
                }
            }
        }
        return out;
    }
}
