package app.rapport.ui.survey;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rapport.api.common.Translated;
import app.rapport.api.survey.IndexGrouping;
import app.rapport.api.survey.IndexPeriod;
import app.rapport.api.survey.SatisfactionIndex;
import app.rapport.ui.platform.security.SignedInUser;
import app.rapport.ui.support.ViewTest;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The satisfaction index page: products over years worded in Chinese with n and interval, the answers that named no
 * product under their own row, a line chart drawn; the grouping and period asked of the API; a backwards range marked
 * on its field; staff not let in.
 */
class SatisfactionIndexViewTest extends ViewTest {
    private static final SignedInUser MANAGER = user("amy", "harbour-hotel", SignedInUser.ACCOUNT_MANAGER);
    private static final SignedInUser STAFF = user("lee", "harbour-hotel", SignedInUser.SERVICE_STAFF);

    private static SatisfactionIndex products() {
        List<String> years = List.of("2024", "2025", "2026");
        return new SatisfactionIndex(
                IndexGrouping.PRODUCT,
                IndexPeriod.YEAR,
                LocalDate.of(2024, 1, 1),
                LocalDate.of(2026, 12, 3),
                years,
                List.of(
                        new SatisfactionIndex.Row(
                                "p1",
                                "Rice",
                                Translated.NONE,
                                List.of(
                                        new SatisfactionIndex.Cell("2024", 30, 3.97, 3.71, 4.23),
                                        new SatisfactionIndex.Cell("2025", 1, 3.71, null, null),
                                        new SatisfactionIndex.Cell("2026", 0, null, null, null)),
                                new SatisfactionIndex.Cell("2024/2026", 31, 3.96, 3.70, 4.22)),
                        new SatisfactionIndex.Row(
                                null,
                                null,
                                Translated.NONE,
                                List.of(
                                        new SatisfactionIndex.Cell("2024", 0, null, null, null),
                                        new SatisfactionIndex.Cell("2025", 2, 3.5, 3.0, 4.0),
                                        new SatisfactionIndex.Cell("2026", 0, null, null, null)),
                                new SatisfactionIndex.Cell("2024/2026", 2, 3.5, 3.0, 4.0))));
    }

    @Test
    void a_manager_reads_products_over_years_in_chinese_with_n_and_interval() {
        surveys.index.put(IndexGrouping.PRODUCT, products());
        signIn(MANAGER, Locale.SIMPLIFIED_CHINESE);
        navigate("quality/satisfaction");
        @SuppressWarnings("unchecked")
        Select<IndexPeriod> period = _get(Select.class, s -> s.withId("index-period"));
        period.setValue(IndexPeriod.YEAR);
        assertTrue(surveys.indexAsked.getLast().startsWith("PRODUCT YEAR"), surveys.indexAsked.toString());
        @SuppressWarnings("unchecked")
        Grid<SatisfactionIndex.Row> grid = _get(Grid.class, s -> s.withId("index-grid"));
        assertEquals(2, GridKt._size(grid));
        assertEquals("Rice", GridKt._getFormatted(grid, 0, "group"));
        assertEquals("3.97（n 30；3.71–4.23）", GridKt._getFormatted(grid, 0, "p0"));
        assertEquals("3.71（n 1）", GridKt._getFormatted(grid, 0, "p1"));
        assertEquals("—", GridKt._getFormatted(grid, 0, "p2"));
        assertEquals("未指明产品", GridKt._getFormatted(grid, 1, "group"));
        assertEquals("2024 年", grid.getColumnByKey("p0").getHeaderText());
        assertEquals("整个区间", grid.getColumnByKey("overall").getHeaderText());
        assertTrue(
                _get(Div.class, s -> s.withId("index-chart")).getElement().getChildCount() > 0, "the chart is drawn");
        String conventions =
                _get(Paragraph.class, s -> s.withId("index-conventions")).getText();
        assertFalse(conventions.replaceAll("CSAT|Student|t", "").matches(".*[A-Za-z]{2,}.*"), conventions);
    }

    @Test
    void quarters_are_worded_and_an_empty_range_says_so() {
        signIn(MANAGER, Locale.TRADITIONAL_CHINESE);
        navigate("quality/satisfaction");
        SatisfactionIndexView view = _get(SatisfactionIndexView.class);
        assertTrue(_get(Paragraph.class, s -> s.withId("index-empty")).isVisible());
        assertFalse(view.grid.isVisible());
        assertTrue(
                surveys.indexAsked.getLast().startsWith("PRODUCT QUARTER null"), "the last four quarters by default");
        surveys.index.put(
                IndexGrouping.SERVICE,
                new SatisfactionIndex(
                        IndexGrouping.SERVICE,
                        IndexPeriod.QUARTER,
                        LocalDate.of(2026, 1, 1),
                        LocalDate.of(2026, 12, 3),
                        List.of("2026-Q4"),
                        List.of(new SatisfactionIndex.Row(
                                "b1",
                                "Home delivery",
                                new Translated("送货上门", "送貨上門"),
                                List.of(new SatisfactionIndex.Cell("2026-Q4", 2, 4.0, 4.0, 4.0)),
                                new SatisfactionIndex.Cell("2026-Q4/2026-Q4", 2, 4.0, 4.0, 4.0)))));
        @SuppressWarnings("unchecked")
        Select<IndexGrouping> by = _get(Select.class, s -> s.withId("index-by"));
        by.setValue(IndexGrouping.SERVICE);
        @SuppressWarnings("unchecked")
        Grid<SatisfactionIndex.Row> grid = _get(Grid.class, s -> s.withId("index-grid"));
        assertEquals("送貨上門", GridKt._getFormatted(grid, 0, "group"));
        assertEquals("2026 年第 4 季度", grid.getColumnByKey("p0").getHeaderText());
        assertEquals("2026 年第 4 季度", view.periodLabel("2026-Q4"));
    }

    @Test
    void a_range_that_ends_before_it_starts_is_marked_on_its_field() {
        signIn(MANAGER);
        navigate("quality/satisfaction");
        DatePicker from = _get(DatePicker.class, s -> s.withId("index-from"));
        DatePicker to = _get(DatePicker.class, s -> s.withId("index-to"));
        from.setValue(to.getValue().plusDays(3));
        assertTrue(to.isInvalid());
    }

    @Test
    void service_staff_are_not_let_in() {
        signIn(STAFF);
        navigate("quality/satisfaction");
        assertTrue(_find(SatisfactionIndexView.class).isEmpty());
    }
}
