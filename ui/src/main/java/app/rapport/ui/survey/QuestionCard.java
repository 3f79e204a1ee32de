package app.rapport.ui.survey;

import app.rapport.api.survey.Question;
import app.rapport.api.survey.QuestionType;
import app.rapport.api.survey.ServqualStatement;
import app.rapport.api.survey.ServqualWording;
import app.rapport.ui.platform.i18n.TranslationFields;
import app.rapport.ui.platform.layout.FieldErrors;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/**
 * One question of an instrument being composed: its key (names its answers across versions), its text in three
 * languages, whether an answer is required; a scored question's "why?" bound; the SERVQUAL block's wording, its 22
 * statements ({@link StatementsDialog}) and the importance points. Its type is fixed: a question of another type is
 * another question.
 */
final class QuestionCard extends VerticalLayout {
    final H4 heading = new H4();
    final TextField key = new TextField();
    final TextArea text = new TextArea();
    final TranslationFields translations = new TranslationFields("question", 500, "content.question");
    final Checkbox required = new Checkbox();
    final Select<Integer> askWhy = new Select<>();
    final Select<ServqualWording> wording = new Select<>();
    final Checkbox importancePoints = new Checkbox();
    final Span statementsSummary = new Span();
    final Button statementsButton = new Button();
    final Button up = new Button(VaadinIcon.ARROW_UP.create());
    final Button down = new Button(VaadinIcon.ARROW_DOWN.create());
    final Button remove = new Button(VaadinIcon.TRASH.create());
    private final QuestionType type;
    private final Supplier<List<ServqualStatement>> shipped;
    private List<ServqualStatement> statements;

    QuestionCard(
            Question q,
            Supplier<List<ServqualStatement>> shipped,
            BiConsumer<QuestionCard, Integer> move,
            Consumer<QuestionCard> removed,
            Runnable typesChanged) {
        this.type = q.type();
        this.shipped = shipped;
        this.statements = q.statements() == null ? null : new ArrayList<>(q.statements());
        addClassName("question-card");
        getStyle()
                .set("border", "1px solid var(--lumo-contrast-10pct, rgba(0, 0, 0, 0.1))")
                .set("border-radius", "var(--lumo-border-radius-l, 0.75em)")
                .set("padding", "var(--lumo-space-m, 1em)");
        heading.getStyle().set("margin", "0");
        up.addThemeVariants(ButtonVariant.TERTIARY);
        up.setAriaLabel(getTranslation("survey.editor.up"));
        up.setTooltipText(getTranslation("survey.editor.up"));
        up.addClickListener(e -> move.accept(this, -1));
        down.addThemeVariants(ButtonVariant.TERTIARY);
        down.setAriaLabel(getTranslation("survey.editor.down"));
        down.setTooltipText(getTranslation("survey.editor.down"));
        down.addClickListener(e -> move.accept(this, 1));
        remove.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
        remove.setAriaLabel(getTranslation("survey.editor.remove"));
        remove.setTooltipText(getTranslation("survey.editor.remove"));
        remove.addClickListener(e -> {
            removed.accept(this);
            typesChanged.run();
        });
        HorizontalLayout head = new HorizontalLayout(heading, up, down, remove);
        head.setWidthFull();
        head.setAlignItems(FlexComponent.Alignment.CENTER);
        head.expand(heading);

        key.setLabel(getTranslation("survey.editor.key"));
        key.setHelperText(getTranslation("survey.editor.key.help"));
        key.setPattern("[a-z][a-z0-9_]{0,39}");
        key.setMaxLength(40);
        key.setRequiredIndicatorVisible(true);
        key.setWidth("min(24em, 100%)");
        key.setValue(q.key());
        text.setLabel(getTranslation(type == QuestionType.SERVQUAL ? "survey.editor.intro" : "survey.editor.text"));
        text.setHelperText(
                getTranslation(type == QuestionType.SERVQUAL ? "survey.editor.intro.help" : "survey.editor.text.help"));
        text.setMaxLength(500);
        text.setWidthFull();
        text.setRequiredIndicatorVisible(type != QuestionType.SERVQUAL);
        text.setValue(q.text() == null ? "" : q.text());
        translations.setValue(q.translations());
        required.setLabel(getTranslation("survey.editor.required"));
        required.setValue(q.required());
        add(head, key, text, translations.zhCn, translations.zhTw, required);

        if (type.scored()) {
            askWhy.setLabel(getTranslation("survey.editor.askWhy"));
            askWhy.setHelperText(getTranslation("survey.editor.askWhy.help"));
            askWhy.setItems(IntStream.range(type.min(), type.max()).boxed().toList());
            askWhy.setEmptySelectionAllowed(true);
            askWhy.setEmptySelectionCaption(getTranslation("survey.editor.askWhy.never"));
            askWhy.setItemLabelGenerator(n -> n == null
                    ? getTranslation("survey.editor.askWhy.never")
                    : getTranslation("survey.editor.askWhy.atMost", n));
            askWhy.setValue(q.askWhyAtMost());
            askWhy.setWidth("16em");
            add(askWhy);
        }
        if (type == QuestionType.SERVQUAL) {
            wording.setLabel(getTranslation("survey.editor.wording"));
            wording.setItems(ServqualWording.values());
            wording.setItemLabelGenerator(w -> getTranslation("survey.wording." + w));
            wording.setValue(q.wording() == null ? ServqualWording.W1988 : q.wording());
            wording.setHelperText(getTranslation("survey.wording.help." + wording.getValue()));
            wording.addValueChangeListener(e -> wording.setHelperText(
                    e.getValue() == null ? "" : getTranslation("survey.wording.help." + e.getValue())));
            wording.setWidth("24em");
            importancePoints.setLabel(getTranslation("survey.editor.importancePoints"));
            importancePoints.setValue(q.importancePoints());
            statementsButton.setText(getTranslation("survey.editor.statements"));
            statementsButton.addClickListener(e -> new StatementsDialog(current(), shipped.get(), changed -> {
                        statements = new ArrayList<>(changed);
                        summarise();
                    })
                    .open());
            summarise();
            HorizontalLayout block = new HorizontalLayout(statementsButton, statementsSummary);
            block.setAlignItems(FlexComponent.Alignment.BASELINE);
            block.getStyle().set("flex-wrap", "wrap");
            add(wording, block, importancePoints);
        }
        setPadding(true);
        setSpacing(false);
    }

    private List<ServqualStatement> current() {
        return statements == null ? shipped.get() : statements;
    }

    private void summarise() {
        boolean asShipped = statements == null || statements.equals(shipped.get());
        statementsSummary.setText(
                getTranslation(asShipped ? "survey.editor.statements.shipped" : "survey.editor.statements.adapted"));
        statementsSummary.getStyle().set("color", "var(--lumo-secondary-text-color, #5f6368)");
    }

    /** Numbers the card (its heading and field ids follow its place) and offers only the moves it has. */
    void place(int index, int of) {
        heading.setText(getTranslation("survey.editor.question", index + 1, getTranslation("survey.type." + type)));
        String id = "question-" + index;
        setId(id);
        key.setId(id + "-key");
        text.setId(id + "-text");
        translations.identify(id + "-text");
        required.setId(id + "-required");
        askWhy.setId(id + "-ask-why");
        wording.setId(id + "-wording");
        importancePoints.setId(id + "-importance-points");
        statementsButton.setId(id + "-statements");
        up.setId(id + "-up");
        down.setId(id + "-down");
        remove.setId(id + "-remove");
        up.setEnabled(index > 0);
        down.setEnabled(index < of - 1);
    }

    QuestionType type() {
        return type;
    }

    String key() {
        return key.getValue();
    }

    void focus() {
        key.focus();
    }

    /** Marks the fields a question cannot be saved without; answers whether any was empty. */
    boolean missingText() {
        boolean missing = FieldErrors.missing(key, key.getValue().isBlank());
        if (type != QuestionType.SERVQUAL) {
            missing |= FieldErrors.missing(text, text.getValue().isBlank());
        }
        return missing;
    }

    Question value() {
        String written = text.getValue().strip();
        return new Question(
                key.getValue().strip(),
                type,
                written.isEmpty() ? null : written,
                translations.value(),
                required.getValue(),
                type.scored() ? askWhy.getValue() : null,
                type == QuestionType.SERVQUAL ? wording.getValue() : null,
                type == QuestionType.SERVQUAL ? current() : null,
                type == QuestionType.SERVQUAL && importancePoints.getValue());
    }

    /** The card's fields as the API names them under {@code at} ({@code questions[i]}). */
    Map<String, HasValidation> fields(String at) {
        Map<String, HasValidation> fields = new HashMap<>();
        fields.put(at + ".key", key);
        fields.put(at + ".type", key);
        fields.put(at + ".text", text);
        translations.named(at + ".translations").forEach(fields::put);
        if (type.scored()) {
            fields.put(at + ".askWhyAtMost", askWhy);
        }
        if (type == QuestionType.SERVQUAL) {
            fields.put(at + ".wording", wording);
        }
        return fields;
    }
}
