package app.rapport.ui.survey;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rapport.api.common.Translated;
import app.rapport.api.complaint.ComplaintCause;
import app.rapport.api.survey.InstrumentView;
import app.rapport.api.survey.Question;
import app.rapport.api.survey.QuestionType;
import app.rapport.api.survey.ServqualDimension;
import app.rapport.api.survey.SurveyResults;
import app.rapport.ui.platform.security.SignedInUser;
import app.rapport.ui.support.ViewTest;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The survey results page: the figures worded in Chinese with their n, the SERVQUAL gaps by dimension with the
 * conventions on screen, the trend and the reasons; a period the API refuses is marked on its field; staff not let in.
 */
class SurveyResultsViewTest extends ViewTest {
    private static final SignedInUser MANAGER = user("amy", "harbour-hotel", SignedInUser.ACCOUNT_MANAGER);
    private static final SignedInUser STAFF = user("lee", "harbour-hotel", SignedInUser.SERVICE_STAFF);

    private static SurveyResults results(InstrumentView form) {
        List<SurveyResults.ItemGap> items = new ArrayList<>();
        for (int i = 1; i <= 22; i++) {
            items.add(new SurveyResults.ItemGap(i, ServqualDimension.of(i), -1.0));
        }
        List<SurveyResults.DimensionGap> dims = new ArrayList<>();
        for (ServqualDimension d : ServqualDimension.values()) {
            dims.add(new SurveyResults.DimensionGap(d, d == ServqualDimension.EMPATHY ? 0.5 : -1.25));
        }
        return new SurveyResults(
                form.id(),
                form.name(),
                Translated.NONE,
                LocalDate.of(2025, 12, 4),
                LocalDate.of(2026, 12, 3),
                5,
                4,
                0.8,
                new SurveyResults.Csat(4, 2, 0.5, 4),
                new SurveyResults.Nps(4, 2, 1, 1, 25.0),
                null,
                new SurveyResults.Servqual(2, 2, items, dims, -0.9, -1.0),
                List.of(new SurveyResults.Month("2026-11", 4, 0.5, 25.0)),
                List.of(new SurveyResults.Reason(ComplaintCause.STAFF_MISTAKE, 2)));
    }

    @Test
    void a_manager_reads_the_figures_and_the_gaps_in_chinese_with_their_n_and_conventions() {
        InstrumentView form = surveys.put(
                "After a stay",
                List.of(new Question("csat", QuestionType.CSAT, "How?", null, true, 2, null, null, false)));
        surveys.results.put(form.id(), results(form));
        signIn(MANAGER, Locale.SIMPLIFIED_CHINESE);
        navigate("quality/surveys");
        SurveyResultsView view = _get(SurveyResultsView.class);
        assertEquals(form.id(), view.shown().instrumentId(), "the first form is shown at once");
        String rate =
                _get(Div.class, s -> s.withId("results-rate")).getElement().getTextRecursively();
        assertEquals("回复率80%期间内发出的 5 份邀请中有 4 份已回答", rate);
        String nps = _get(Div.class, s -> s.withId("results-nps")).getElement().getTextRecursively();
        assertTrue(nps.contains("25") && nps.contains("推荐者 2，被动者 1，贬损者 1"), nps);
        @SuppressWarnings("unchecked")
        Grid<SurveyResults.DimensionGap> dims = _get(Grid.class, s -> s.withId("results-dimensions"));
        assertEquals("有形性", GridKt._getFormatted(dims, 0, "dimension"));
        assertEquals("-1.25", GridKt._getFormatted(dims, 0, "gap"));
        assertEquals("+0.50", GridKt._getFormatted(dims, 4, "gap"));
        String conventions =
                _get(Paragraph.class, s -> s.withId("results-conventions")).getText();
        assertTrue(conventions.contains("8 − x"), conventions);
        assertEquals(
                "总体：不加权 -0.90，按重要性分数加权 -1.00（2 位受访者给出了分数）。",
                _get(Paragraph.class, s -> s.withId("results-overall")).getText());
        assertEquals(
                "服务人员失误：2",
                _get(Paragraph.class, s -> s.withId("results-reasons")).getText());
        @SuppressWarnings("unchecked")
        Grid<SurveyResults.Month> months = _get(Grid.class, s -> s.withId("results-months"));
        assertEquals("2026年11月", GridKt._getFormatted(months, 0, "month"));
        for (String text : List.of(rate, nps, conventions)) {
            assertFalse(
                    text.replaceAll("SERVQUAL|CSAT|NPS", "").matches(".*[A-Za-z]{2,}.*"),
                    "no English the product wrote: " + text);
        }
    }

    @Test
    void a_period_that_ends_before_it_starts_is_marked_on_its_field() {
        InstrumentView form = surveys.put(
                "After a stay",
                List.of(new Question("csat", QuestionType.CSAT, "How?", null, true, 2, null, null, false)));
        surveys.results.put(form.id(), results(form));
        signIn(MANAGER);
        navigate("quality/surveys");
        DatePicker from = _get(DatePicker.class, s -> s.withId("results-from"));
        DatePicker to = _get(DatePicker.class, s -> s.withId("results-to"));
        from.setValue(to.getValue().plusDays(3));
        assertTrue(to.isInvalid());
    }

    @Test
    void service_staff_are_not_let_in() {
        signIn(STAFF);
        navigate("quality/surveys");
        assertTrue(_find(SurveyResultsView.class).isEmpty());
    }
}
