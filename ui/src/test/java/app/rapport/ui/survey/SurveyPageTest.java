package app.rapport.ui.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rapport.api.common.FieldCode;
import app.rapport.api.common.ProblemView.FieldProblem;
import app.rapport.api.complaint.ComplaintCause;
import app.rapport.api.survey.Answer;
import app.rapport.api.survey.FormQuestion;
import app.rapport.api.survey.FormStatement;
import app.rapport.api.survey.QuestionType;
import app.rapport.api.survey.ServqualDimension;
import app.rapport.api.survey.SurveyAnswers;
import app.rapport.api.survey.SurveyForm;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The public form as HTML and its answers as read back: every question labelled in the form's language, the tenant's
 * name escaped, a refused answer re-shown with what the client had ticked, reasons kept only on a low score, the
 * SERVQUAL block read item by item with its points.
 */
class SurveyPageTest {
    private static final FormQuestion CSAT = new FormQuestion(
            "csat", QuestionType.CSAT, "How satisfied are you with <b>us</b>?", true, 2, List.of(), false);
    private static final FormQuestion TEXT =
            new FormQuestion("comment", QuestionType.TEXT, "Anything else?", false, null, List.of(), false);

    private static FormQuestion servqual() {
        List<FormStatement> statements = new ArrayList<>();
        for (int i = 1; i <= 22; i++) {
            statements.add(new FormStatement(i, ServqualDimension.of(i), "应该 " + i, "做到 " + i));
        }
        return new FormQuestion("sq", QuestionType.SERVQUAL, null, true, null, statements, true);
    }

    @Test
    void the_form_in_chinese_labels_every_choice_and_escapes_what_the_tenant_wrote() {
        SurveyForm form = new SurveyForm("Harbour <Hotel>", "zh-CN", "住店之后", List.of(CSAT, TEXT, servqual()));
        String html = SurveyPage.form(form, "harbour.abc", Map.of(), List.of());
        assertTrue(html.startsWith("<!DOCTYPE html>") || html.contains("<html lang=\"zh-CN\""), html.substring(0, 80));
        assertTrue(html.contains("<html lang=\"zh-CN\""));
        assertTrue(html.contains("Harbour &lt;Hotel&gt;"));
        assertFalse(html.contains("<Hotel>"));
        assertTrue(html.contains("How satisfied are you with &lt;b&gt;us&lt;/b&gt;?"));
        assertTrue(html.contains("<legend"), "each question is a fieldset with a legend");
        assertTrue(html.contains("name=\"e.sq.22\"") && html.contains("name=\"p.sq.22\""));
        assertTrue(html.contains("name=\"pts.sq.EMPATHY\""));
        assertTrue(html.contains("action=\"/survey/harbour.abc\""));
        assertTrue(html.contains("发送我的回答")
                || html.contains(SurveyPage.t(java.util.Locale.SIMPLIFIED_CHINESE, "form.submit")));
        String visible = html.replaceAll("(?s)<script.*?</script>", "")
                .replaceAll("(?s)<style.*?</style>", "")
                .replaceAll("<[^>]+>", " ")
                .replace("Harbour &lt;Hotel&gt;", "")
                .replace("How satisfied are you with &lt;b&gt;us&lt;/b&gt;?", "")
                .replace("Anything else?", "")
                .replace("SERVQUAL", "")
                .replace("English", "");
        assertFalse(visible.matches("(?s).*\\b[A-Za-z]{3,}\\b.*"), "no English the product wrote: " + visible);
    }

    @Test
    void a_refused_answer_is_shown_again_with_what_was_ticked_and_the_problem_on_its_question() {
        SurveyForm form = new SurveyForm("Harbour", "en", "After your stay", List.of(CSAT, TEXT));
        Map<String, String[]> posted = Map.of(
                "q.comment", new String[] {"The <lift> was slow"},
                "why.csat", new String[] {"STAFF_MISTAKE"});
        String html = SurveyPage.form(
                form, "harbour.abc", posted, List.of(FieldProblem.of("csat.score", FieldCode.NOT_NULL)));
        assertTrue(html.contains("role=\"alert\""), "an error summary the screen reader announces");
        assertTrue(html.contains("href=\"#q-csat\""), "the summary links to the question");
        assertTrue(html.contains("aria-invalid=\"true\""));
        assertTrue(html.contains("The &lt;lift&gt; was slow"), "the text typed is kept");
        assertTrue(html.contains("value=\"STAFF_MISTAKE\" checked"), "the reason ticked is kept");
    }

    @Test
    void reasons_count_only_on_a_score_low_enough_to_ask_why() {
        Map<String, String[]> low =
                Map.of("q.csat", new String[] {"2"}, "why.csat", new String[] {"STAFF_MISTAKE", "NOT_A_CAUSE"});
        Answer a = FormAnswers.read(List.of(CSAT, TEXT), low).answers().getFirst();
        assertEquals(2, a.score());
        assertEquals(List.of(ComplaintCause.STAFF_MISTAKE), a.reasons());

        Map<String, String[]> high = Map.of("q.csat", new String[] {"5"}, "why.csat", new String[] {"STAFF_MISTAKE"});
        SurveyAnswers answers = FormAnswers.read(List.of(CSAT, TEXT), high);
        assertNull(answers.answers().getFirst().reasons());
        assertEquals(1, answers.answers().size(), "an empty text is no answer");
        assertFalse(answers.optOut());
    }

    @Test
    void the_servqual_block_is_read_item_by_item_with_its_points_and_the_opt_out() {
        Map<String, String[]> posted = new java.util.HashMap<>();
        posted.put("e.sq.1", new String[] {"7"});
        posted.put("p.sq.1", new String[] {"5"});
        posted.put("e.sq.10", new String[] {"x"});
        posted.put("pts.sq.RELIABILITY", new String[] {"60"});
        posted.put("pts.sq.EMPATHY", new String[] {"40"});
        posted.put("optOut", new String[] {"1"});
        SurveyAnswers answers = FormAnswers.read(List.of(servqual()), posted);
        Answer a = answers.answers().getFirst();
        assertEquals(1, a.items().size(), "a value that is not a number is no answer");
        assertEquals(7, a.items().getFirst().expectation());
        assertEquals(5, a.items().getFirst().perception());
        assertEquals(5, a.points().size());
        assertEquals(60, a.points().get(1).points());
        assertTrue(answers.optOut());
    }
}
