package app.rapport.ui.survey;

import app.rapport.api.survey.Answer;
import app.rapport.api.survey.ItemAnswer;
import app.rapport.api.survey.Question;
import app.rapport.api.survey.QuestionType;
import app.rapport.api.survey.ResponseView;
import app.rapport.api.survey.ServqualDimension;
import app.rapport.ui.platform.i18n.Formats;
import app.rapport.ui.platform.i18n.MessagesI18NProvider;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.stream.Collectors;

/**
 * One answered invitation in full, read by the account manager: each question of the version the client was asked,
 * in the reader's language, with the answer as given (SERVQUAL: each statement's expectation and perception as
 * ticked, before any reverse scoring, and the importance points).
 */
class ResponseDialog extends Dialog {
    ResponseDialog(ResponseView r, java.util.Map<String, String> names) {
        String tag = MessagesI18NProvider.languageTag(getLocale());
        setHeaderTitle(getTranslation(
                "survey.response.title",
                r.invitation()
                        .instrumentNameTranslations()
                        .in(tag, r.invitation().instrumentName()),
                Formats.shortDateTime(getLocale()).format(r.submittedAt())));
        setWidth("min(40em, 96vw)");
        VerticalLayout body = new VerticalLayout();
        body.setPadding(false);
        body.setId("survey-response");
        var result = r.invitation().result();
        if (result != null
                && result.channel() != null
                && result.channel() != app.rapport.api.survey.SurveyChannel.FORM) {
            Paragraph how = new Paragraph(getTranslation(
                    "survey.recordedBy",
                    getTranslation("survey.channel." + result.channel()),
                    result.recordedBy() == null ? "" : names.getOrDefault(result.recordedBy(), result.recordedBy())));
            how.setId("survey-response-channel");
            body.add(how);
        }
        for (Question q : r.questions()) {
            Answer a = r.answers().stream()
                    .filter(x -> x.key().equals(q.key()))
                    .findFirst()
                    .orElse(null);
            String text = q.text() == null || q.text().isBlank()
                    ? getTranslation("form.default." + q.type())
                    : (q.translations() == null ? q.text() : q.translations().in(tag, q.text()));
            body.add(new H4(text));
            if (a == null) {
                body.add(new Paragraph(getTranslation("survey.response.none")));
            } else if (q.type() == QuestionType.SERVQUAL) {
                servqual(body, a);
            } else if (q.type() == QuestionType.TEXT) {
                body.add(new Paragraph(a.text()));
            } else {
                body.add(new Paragraph(getTranslation(
                        "survey.response.score", a.score(), q.type().max())));
                if (a.reasons() != null && !a.reasons().isEmpty()) {
                    body.add(new Paragraph(getTranslation(
                            "survey.response.reasons",
                            a.reasons().stream()
                                    .map(c -> getTranslation("complaint.cause." + c))
                                    .collect(Collectors.joining(
                                            getLocale().getLanguage().equals("zh") ? "、" : ", ")))));
                }
            }
        }
        add(body);
        getFooter().add(new Button(getTranslation("action.close"), e -> close()));
    }

    private void servqual(VerticalLayout body, Answer a) {
        if (a.items() != null) {
            Grid<ItemAnswer> items = new Grid<>();
            items.addColumn(ItemAnswer::item).setHeader("#").setAutoWidth(true);
            items.addColumn(i -> getTranslation("servqual.dimension." + ServqualDimension.of(i.item())))
                    .setHeader(getTranslation("survey.dimension"));
            items.addColumn(ItemAnswer::expectation)
                    .setHeader(getTranslation("survey.expectation"))
                    .setAutoWidth(true);
            items.addColumn(ItemAnswer::perception)
                    .setHeader(getTranslation("survey.perception"))
                    .setAutoWidth(true);
            items.setItems(a.items());
            items.setAllRowsVisible(true);
            body.add(items);
        }
        if (a.points() != null) {
            body.add(new Paragraph(a.points().stream()
                    .map(p -> getTranslation(
                            "survey.response.points",
                            getTranslation("servqual.dimension." + p.dimension()),
                            p.points()))
                    .collect(Collectors.joining(" · "))));
        }
    }
}
