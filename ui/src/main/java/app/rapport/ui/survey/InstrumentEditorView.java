package app.rapport.ui.survey;

import app.rapport.api.survey.InstrumentTemplate;
import app.rapport.api.survey.InstrumentView;
import app.rapport.api.survey.InstrumentWrite;
import app.rapport.api.survey.Question;
import app.rapport.api.survey.QuestionType;
import app.rapport.api.survey.ServqualStatement;
import app.rapport.api.survey.SurveyApi;
import app.rapport.ui.platform.api.Api;
import app.rapport.ui.platform.api.ApiProblem;
import app.rapport.ui.platform.i18n.MessagesI18NProvider;
import app.rapport.ui.platform.i18n.TranslationFields;
import app.rapport.ui.platform.layout.Allowed;
import app.rapport.ui.platform.layout.ConflictDialog;
import app.rapport.ui.platform.layout.FieldErrors;
import app.rapport.ui.platform.layout.MainLayout;
import app.rapport.ui.platform.layout.Notices;
import app.rapport.ui.platform.security.SignedInUser;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One instrument as its admin composes it: its name in three languages, the CSAT band, and its questions in the order
 * asked — each a {@link QuestionCard}, moved, removed or added by type. A new instrument starts from a shipped
 * template ({@code ?template=}) or from one CSAT question; each save of an existing one is a new version over the
 * version read (a stale save is refused and offered a reload). The API's refusals land on the field they name.
 */
@Route(value = "settings/surveys/:instrumentId", layout = MainLayout.class)
@Allowed(SignedInUser.TENANT_ADMIN)
@Prototype
public class InstrumentEditorView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
    /** The route parameter of an instrument not saved yet. */
    public static final String NEW = "new";

    static final String ID = "instrumentId";

    final H2 title = new H2();
    final Paragraph meta = new Paragraph();
    final TextField name = new TextField();
    final TranslationFields nameTranslations = new TranslationFields("instrument-name", 200);
    final Select<Integer> positiveFrom = new Select<>();
    final VerticalLayout questions = new VerticalLayout();
    final MenuBar addQuestion = new MenuBar();
    final Button save = new Button();
    final Button back = new Button();
    final List<QuestionCard> cards = new ArrayList<>();
    private final SurveyApi surveys;
    private final Api api;
    private final String tag;
    private String instrumentId;
    private int version;
    private List<ServqualStatement> shipped;

    InstrumentEditorView(SurveyApi surveys, Api api) {
        this.surveys = surveys;
        this.api = api;
        this.tag = MessagesI18NProvider.languageTag(getLocale());
        meta.getStyle().set("color", "var(--lumo-secondary-text-color, #5f6368)");
        name.setId("instrument-name");
        name.setLabel(getTranslation("survey.editor.name"));
        name.setHelperText(getTranslation("survey.editor.name.help"));
        name.setMaxLength(200);
        name.setRequiredIndicatorVisible(true);
        name.setWidthFull();
        positiveFrom.setId("instrument-positive-from");
        positiveFrom.setLabel(getTranslation("survey.editor.positiveFrom"));
        positiveFrom.setHelperText(getTranslation("survey.editor.positiveFrom.help"));
        positiveFrom.setItems(1, 2, 3, 4, 5);
        positiveFrom.setItemLabelGenerator(n -> getTranslation("survey.editor.positiveFrom.option", n));
        positiveFrom.setWidth("16em");
        questions.setId("instrument-questions");
        questions.setPadding(false);
        addQuestion.setId("instrument-add-question");
        MenuItem add = addQuestion.addItem(getTranslation("survey.editor.addQuestion"));
        for (QuestionType t : QuestionType.values()) {
            add.getSubMenu()
                    .addItem(getTranslation("survey.type." + t), e -> addQuestion(t))
                    .setId("instrument-add-" + t);
        }
        save.setId("instrument-save");
        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> save());
        back.setId("instrument-back");
        back.setText(getTranslation("survey.editor.back"));
        back.addThemeVariants(ButtonVariant.TERTIARY);
        back.addClickListener(e -> getUI().ifPresent(ui -> ui.navigate(SurveysSetupView.class)));
        HorizontalLayout actions = new HorizontalLayout(save, back);
        actions.setAlignItems(FlexComponent.Alignment.BASELINE);
        setMaxWidth("60em");
        add(
                title,
                meta,
                name,
                nameTranslations.zhCn,
                nameTranslations.zhTw,
                positiveFrom,
                questions,
                addQuestion,
                actions);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get(ID).orElseThrow();
        if (NEW.equals(id)) {
            Optional<InstrumentTemplate> template = event.getLocation()
                    .getQueryParameters()
                    .getSingleParameter("template")
                    .flatMap(InstrumentEditorView::template);
            startNew(template.orElse(null));
        } else {
            // an instrument that is not there (or not the tenant's) lands on the error page, inside the layout
            show(api.body(() -> surveys.instrument(id)));
        }
    }

    private static Optional<InstrumentTemplate> template(String name) {
        try {
            return Optional.of(InstrumentTemplate.valueOf(name));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }

    /** A new instrument: the template's questions, or one CSAT question to start from. */
    void startNew(InstrumentTemplate template) {
        instrumentId = null;
        version = 0;
        InstrumentWrite start = template == null
                ? new InstrumentWrite("", null, List.of(fresh(QuestionType.CSAT, List.of())), 4)
                : api.call(() -> surveys.template(template));
        title.setText(getTranslation("survey.editor.new"));
        meta.setText(
                template == null
                        ? getTranslation("survey.editor.fromBlank")
                        : getTranslation("survey.editor.fromTemplate", getTranslation("survey.template." + template)));
        fill(start.name(), start.nameTranslations(), start.questions(), start.positiveFrom());
    }

    void show(InstrumentView v) {
        instrumentId = v.id();
        version = v.version();
        title.setText(v.nameTranslations().in(tag, v.name()));
        meta.setText(getTranslation("survey.editor.meta", v.version(), v.invited(), v.answered()));
        fill(v.name(), v.nameTranslations(), v.questions(), v.positiveFrom());
    }

    private void fill(
            String written, app.rapport.api.common.Translated translations, List<Question> qs, Integer positive) {
        name.setValue(written == null ? "" : written);
        name.setInvalid(false);
        nameTranslations.setValue(translations);
        positiveFrom.setValue(positive == null ? 4 : positive);
        positiveFrom.setInvalid(false);
        cards.clear();
        for (Question q : qs) {
            cards.add(new QuestionCard(q, this::shippedStatements, this::move, this::remove, this::typesChanged));
        }
        layout();
    }

    private void addQuestion(QuestionType type) {
        List<String> keys = cards.stream().map(QuestionCard::key).toList();
        cards.add(new QuestionCard(
                fresh(type, keys), this::shippedStatements, this::move, this::remove, this::typesChanged));
        layout();
        cards.getLast().focus();
    }

    /** A question not asked yet: a key not taken, the product's default text for its type, nothing required. */
    private Question fresh(QuestionType type, List<String> taken) {
        String base = type.name().toLowerCase(java.util.Locale.ROOT);
        String key = base;
        for (int n = 2; taken.contains(key); n++) {
            key = base + "_" + n;
        }
        return new Question(
                key,
                type,
                type == QuestionType.SERVQUAL ? null : getTranslation("form.default." + type),
                null,
                type != QuestionType.TEXT,
                null,
                null,
                type == QuestionType.SERVQUAL ? shippedStatements() : null,
                false);
    }

    /** The 22 statements Rapport ships (1988 wording, three languages), read once from the SERVQUAL template. */
    List<ServqualStatement> shippedStatements() {
        if (shipped == null) {
            shipped = api.call(() -> surveys.template(InstrumentTemplate.SERVQUAL)).questions().stream()
                    .filter(q -> q.type() == QuestionType.SERVQUAL)
                    .findFirst()
                    .map(Question::statements)
                    .orElse(List.of());
        }
        return shipped;
    }

    private void move(QuestionCard card, int by) {
        int at = cards.indexOf(card);
        int to = at + by;
        if (at < 0 || to < 0 || to >= cards.size()) {
            return;
        }
        cards.remove(at);
        cards.add(to, card);
        layout();
    }

    private void remove(QuestionCard card) {
        cards.remove(card);
        layout();
    }

    private void layout() {
        questions.removeAll();
        for (int i = 0; i < cards.size(); i++) {
            cards.get(i).place(i, cards.size());
            questions.add(cards.get(i));
        }
        typesChanged();
    }

    /** The CSAT band matters only while the instrument asks CSAT. */
    private void typesChanged() {
        positiveFrom.setVisible(cards.stream().anyMatch(c -> c.type() == QuestionType.CSAT));
    }

    InstrumentWrite write() {
        return new InstrumentWrite(
                name.getValue().strip(),
                nameTranslations.value(),
                cards.stream().map(QuestionCard::value).toList(),
                positiveFrom.getValue());
    }

    void save() {
        boolean missing = FieldErrors.missing(name, name.getValue().isBlank());
        for (QuestionCard c : cards) {
            missing |= c.missingText();
        }
        if (missing) {
            return;
        }
        if (cards.isEmpty()) {
            Notices.error(getTranslation("survey.editor.noQuestions"));
            return;
        }
        InstrumentWrite write = write();
        try {
            InstrumentView saved = instrumentId == null
                    ? api.body(() -> surveys.addInstrument(write))
                    : api.body(() -> surveys.changeInstrument(instrumentId, "\"" + version + "\"", write));
            Notices.success(getTranslation("survey.editor.saved", saved.version()));
            if (instrumentId == null) {
                getUI().ifPresent(ui -> ui.navigate("settings/surveys/" + saved.id()));
            }
            show(saved);
        } catch (ApiProblem p) {
            if (p.status() == 412) {
                ConflictDialog.open(() -> show(api.body(() -> surveys.instrument(instrumentId))));
                return;
            }
            FieldErrors.show(p, fields());
        }
    }

    /** Every field of the form as the API names it. */
    Map<String, HasValidation> fields() {
        Map<String, HasValidation> fields = new HashMap<>();
        fields.put("name", name);
        fields.putAll(nameTranslations.named("nameTranslations"));
        fields.put("positiveFrom", positiveFrom);
        for (int i = 0; i < cards.size(); i++) {
            fields.putAll(cards.get(i).fields("questions[" + i + "]"));
        }
        return fields;
    }

    @Override
    public String getPageTitle() {
        return title.getText() == null || title.getText().isEmpty()
                ? getTranslation("survey.editor.new")
                : title.getText();
    }
}
