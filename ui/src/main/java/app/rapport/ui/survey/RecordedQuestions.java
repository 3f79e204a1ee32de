package app.rapport.ui.survey;

import app.rapport.api.complaint.ComplaintCause;
import app.rapport.api.survey.Answer;
import app.rapport.api.survey.DimensionPoints;
import app.rapport.api.survey.InstrumentView;
import app.rapport.api.survey.ItemAnswer;
import app.rapport.api.survey.Question;
import app.rapport.api.survey.QuestionType;
import app.rapport.api.survey.ServqualDimension;
import app.rapport.api.survey.ServqualStatement;
import app.rapport.ui.platform.i18n.MessagesI18NProvider;
import app.rapport.ui.platform.i18n.TenantTime;
import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
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
import java.util.stream.IntStream;

/**
 * The questions of an instrument as inputs for answers a member records: a score's scale from its type with its
 * anchors, the reasons on a low score, text, the SERVQUAL statements as expectation and perception with the
 * importance points; read back as the form would send them.
 */
class RecordedQuestions extends VerticalLayout {
    /** The inputs of the shown questions by their key (a score, a text), for reading and for the server's refusals. */
    final Map<String, HasValidation> inputs = new LinkedHashMap<>();

    private final Map<String, MultiSelectComboBox<ComplaintCause>> reasons = new HashMap<>();
    private final Map<String, Map<Integer, IntegerField[]>> items = new HashMap<>();
    private final Map<String, Map<ServqualDimension, IntegerField>> points = new HashMap<>();
    private List<Question> shown = List.of();
    private final String tag = MessagesI18NProvider.languageTag(getLocale());
    private final String firm = TenantTime.workspace()
            .map(app.rapport.api.workspace.WorkspaceView::displayName)
            .orElse("");

    RecordedQuestions() {
        setId("record-questions");
        setPadding(false);
    }

    /** The questions of the chosen instrument, each with the input its type needs. */
    void show(InstrumentView chosen) {
        removeAll();
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
                add(text);
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
        add(score);
        if (q.askWhyAtMost() != null) {
            MultiSelectComboBox<ComplaintCause> why = new MultiSelectComboBox<>(getTranslation("survey.record.why"));
            why.setId("record-why-" + q.key());
            why.setItems(SurveyPage.CLIENT_REASONS);
            why.setItemLabelGenerator(c -> getTranslation("complaint.cause." + c));
            why.setWidthFull();
            why.setVisible(false);
            score.addValueChangeListener(e -> why.setVisible(e.getValue() != null && e.getValue() <= q.askWhyAtMost()));
            reasons.put(q.key(), why);
            add(why);
        }
    }

    private void servqual(Question q, String label) {
        add(new H4(label));
        add(new Paragraph(getTranslation("survey.record.servqual") + " " + getTranslation("form.servqual.scale")));
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
            add(statement, row);
            pairs.put(n, new IntegerField[] {e, p});
        }
        items.put(q.key(), pairs);
        if (q.importancePoints()) {
            add(new Paragraph(getTranslation("survey.record.points")));
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
            add(row);
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
