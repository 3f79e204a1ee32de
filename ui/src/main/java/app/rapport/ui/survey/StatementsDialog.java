package app.rapport.ui.survey;

import app.rapport.api.common.Translated;
import app.rapport.api.survey.ServqualDimension;
import app.rapport.api.survey.ServqualStatement;
import app.rapport.ui.platform.i18n.TranslationFields;
import app.rapport.ui.platform.layout.Confirm;
import app.rapport.ui.platform.layout.FieldErrors;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.IntStream;

/**
 * The 22 SERVQUAL statements of an instrument, one at a time: its expectation (about excellent firms of the kind) and
 * perception (about this firm) as written and in 简体 and 繁體. The dimension follows from the number and cannot be
 * changed; "restore" brings back the wording Rapport ships. Nothing reaches the instrument until "done", and only
 * with every statement written.
 */
final class StatementsDialog extends Dialog {
    final Select<Integer> item = new Select<>();
    final H4 dimension = new H4();
    final TextArea expectation = new TextArea();
    final TranslationFields expectationTranslations =
            new TranslationFields("statement-expectation", 300, "content.expectation");
    final TextArea perception = new TextArea();
    final TranslationFields perceptionTranslations =
            new TranslationFields("statement-perception", 300, "content.perception");
    final Button previous = new Button();
    final Button next = new Button();
    final Button restore = new Button();
    final Button done = new Button();
    private final ServqualStatement[] working = new ServqualStatement[22];
    private final List<ServqualStatement> shipped;
    private int shown;

    StatementsDialog(
            List<ServqualStatement> current, List<ServqualStatement> shipped, Consumer<List<ServqualStatement>> then) {
        this.shipped = shipped;
        for (ServqualStatement s : current) {
            working[s.item() - 1] = s;
        }
        setHeaderTitle(getTranslation("survey.statements.title"));
        setWidth("min(48em, 100vw)");
        item.setId("statement-item");
        item.setLabel(getTranslation("survey.statements.item"));
        item.setItems(IntStream.rangeClosed(1, 22).boxed().toList());
        item.setItemLabelGenerator(n -> getTranslation(
                "survey.statements.itemLabel", n, getTranslation("servqual.dimension." + ServqualDimension.of(n))));
        item.setWidthFull();
        item.addValueChangeListener(e -> {
            if (e.getValue() != null && e.getValue() != shown) {
                keep();
                show(e.getValue());
            }
        });
        dimension.getStyle().set("margin", "0");
        expectation.setId("statement-expectation");
        expectation.setLabel(getTranslation("survey.expectation"));
        perception.setId("statement-perception");
        perception.setLabel(getTranslation("survey.perception"));
        for (TextArea t : new TextArea[] {expectation, perception}) {
            t.setMaxLength(300);
            t.setWidthFull();
            t.setRequiredIndicatorVisible(true);
        }
        previous.setId("statement-previous");
        previous.setText(getTranslation("survey.statements.previous"));
        previous.addClickListener(e -> item.setValue(shown - 1));
        next.setId("statement-next");
        next.setText(getTranslation("survey.statements.next"));
        next.addClickListener(e -> item.setValue(shown + 1));
        HorizontalLayout steps = new HorizontalLayout(previous, next);
        VerticalLayout body = new VerticalLayout(
                new Paragraph(getTranslation("survey.statements.help")),
                item,
                dimension,
                expectation,
                expectationTranslations.zhCn,
                expectationTranslations.zhTw,
                perception,
                perceptionTranslations.zhCn,
                perceptionTranslations.zhTw,
                steps);
        body.setPadding(false);
        add(body);

        restore.setId("statement-restore");
        restore.setText(getTranslation("survey.statements.restore"));
        restore.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
        restore.addClickListener(e -> Confirm.before(
                getTranslation("survey.statements.restore"),
                getTranslation("survey.statements.title"),
                getTranslation("survey.statements.restore.text"),
                () -> {
                    for (ServqualStatement s : shipped) {
                        working[s.item() - 1] = s;
                    }
                    show(shown);
                }));
        done.setId("statement-done");
        done.setText(getTranslation("survey.statements.done"));
        done.addThemeVariants(ButtonVariant.PRIMARY);
        done.addClickListener(e -> {
            keep();
            for (int i = 0; i < working.length; i++) {
                if (working[i] == null
                        || working[i].expectation().isBlank()
                        || working[i].perception().isBlank()) {
                    item.setValue(i + 1);
                    FieldErrors.missing(expectation, expectation.getValue().isBlank());
                    FieldErrors.missing(perception, perception.getValue().isBlank());
                    return;
                }
            }
            then.accept(List.of(working));
            close();
        });
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        HorizontalLayout footer = new HorizontalLayout(restore, cancel, done);
        footer.setAlignItems(FlexComponent.Alignment.BASELINE);
        getFooter().add(footer);
        shown = 1;
        show(1);
        item.setValue(1);
    }

    private void show(int n) {
        shown = n;
        ServqualStatement s = working[n - 1];
        ServqualDimension d = ServqualDimension.of(n);
        dimension.setText(getTranslation(
                "survey.statements.dimension", getTranslation("servqual.dimension." + d), d.first(), d.last()));
        expectation.setValue(s == null ? "" : s.expectation());
        expectationTranslations.setValue(s == null ? null : s.expectationTranslations());
        perception.setValue(s == null ? "" : s.perception());
        perceptionTranslations.setValue(s == null ? null : s.perceptionTranslations());
        expectation.setInvalid(false);
        perception.setInvalid(false);
        previous.setEnabled(n > 1);
        next.setEnabled(n < 22);
    }

    /** What the fields hold becomes the shown statement (blank texts too: "done" refuses them). */
    private void keep() {
        working[shown - 1] = new ServqualStatement(
                shown,
                expectation.getValue().strip(),
                written(expectationTranslations.value()),
                perception.getValue().strip(),
                written(perceptionTranslations.value()));
    }

    /** The translations written, a blank one as none; none at all as null. */
    private static Translated written(Translated t) {
        String cn = t.zhCn() == null || t.zhCn().isBlank() ? null : t.zhCn().strip();
        String tw = t.zhTw() == null || t.zhTw().isBlank() ? null : t.zhTw().strip();
        return cn == null && tw == null ? null : new Translated(cn, tw);
    }

    /** The statements as they stand in the dialog, for a test. */
    List<ServqualStatement> statements() {
        keep();
        return new ArrayList<>(java.util.Arrays.asList(working));
    }
}
