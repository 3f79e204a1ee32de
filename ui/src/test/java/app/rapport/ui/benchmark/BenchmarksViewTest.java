package app.rapport.ui.benchmark;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rapport.api.benchmark.Dimension;
import app.rapport.api.benchmark.MeasurementView;
import app.rapport.api.benchmark.MetricSource;
import app.rapport.api.benchmark.TargetView;
import app.rapport.api.benchmark.TargetWrite;
import app.rapport.api.care.Member;
import app.rapport.ui.platform.security.SignedInUser;
import app.rapport.ui.support.InMemoryWorkspace;
import app.rapport.ui.support.ViewTest;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The benchmark board and a target's page: grouped by dimension, set by admins and managers, measured. */
class BenchmarksViewTest extends ViewTest {
    private static final SignedInUser MANAGER = user("amy", "harbour-hotel", SignedInUser.ACCOUNT_MANAGER);

    @Test
    void the_board_groups_the_credit_card_targets_by_dimension_in_chinese() {
        benchmarks.add("办卡处理时间", Dimension.TIMELINESS, 35, 15, "领先发卡行", 18);
        benchmarks.add("换卡时间", Dimension.TIMELINESS, 15, 2, "领先发卡行", 5);
        benchmarks.add("答复查询时间", Dimension.RESPONSIVENESS, 16, 10, null, 0);
        signIn(MANAGER, Locale.SIMPLIFIED_CHINESE);
        navigate("benchmarks");
        @SuppressWarnings("unchecked")
        Grid<TargetView> timeliness = _get(Grid.class, s -> s.withId("board-timeliness"));
        assertEquals(2, GridKt._size(timeliness));
        assertEquals("15 days", GridKt._getFormatted(timeliness, 0, "target"));
        assertEquals("领先发卡行 · 18 days", GridKt._getFormatted(timeliness, 0, "competitor"));
        assertTrue(GridKt._getCellComponent(timeliness, 0, "status")
                .getElement()
                .getText()
                .contains("有风险"));
        @SuppressWarnings("unchecked")
        Grid<TargetView> responsiveness = _get(Grid.class, s -> s.withId("board-responsiveness"));
        assertEquals("—", GridKt._getFormatted(responsiveness, 0, "competitor"));
        _assertNone(Grid.class, s -> s.withId("board-empathy"));
    }

    @Test
    void a_manager_sets_a_target_they_own_and_a_missing_unit_is_marked() {
        signIn(MANAGER);
        navigate("benchmarks");
        _click(_get(Button.class, s -> s.withId("target-new")));
        @SuppressWarnings("unchecked")
        Select<Member> owner = _get(Select.class, s -> s.withId("target-owner"));
        assertFalse(owner.isEnabled(), "a manager owns the targets they set");
        assertEquals("amy", owner.getValue().username());
        _get(TextField.class, s -> s.withId("target-metric")).setValue("Card replacement");
        _get(BigDecimalField.class, s -> s.withId("target-baseline")).setValue(new BigDecimal("15"));
        _get(BigDecimalField.class, s -> s.withId("target-value")).setValue(new BigDecimal("2"));
        _click(_get(Button.class, s -> s.withId("target-save")));
        TextField unit = _get(TextField.class, s -> s.withId("target-unit"));
        assertTrue(unit.isInvalid());
        assertEquals("A manual metric needs its unit (days, %, points …).", unit.getErrorMessage());
        unit.setValue("days");
        _click(_get(Button.class, s -> s.withId("target-save")));
        TargetWrite w = benchmarks.written.getLast();
        assertEquals("amy", w.owner());
        assertEquals(MetricSource.MANUAL, w.source());
        assertTrue(path().startsWith("benchmarks/"), path());
    }

    @Test
    void a_servqual_gap_target_names_its_dimension_and_keeps_its_own_unit() {
        signIn(MANAGER, java.util.Locale.SIMPLIFIED_CHINESE);
        navigate("benchmarks");
        _click(_get(Button.class, s -> s.withId("target-new")));
        @SuppressWarnings("unchecked")
        Select<MetricSource> source = _get(Select.class, s -> s.withId("target-source"));
        assertTrue(
                com.github.mvysny.kaributesting.v10.LocatorJ._find(Select.class, s -> s.withId("target-servqual"))
                        .isEmpty(),
                "only a SERVQUAL gap names a dimension");
        source.setValue(MetricSource.SERVQUAL_GAP);
        @SuppressWarnings("unchecked")
        Select<app.rapport.api.survey.ServqualDimension> dimension =
                _get(Select.class, s -> s.withId("target-servqual"));
        assertEquals("SERVQUAL 维度", dimension.getLabel());
        assertTrue(
                com.github.mvysny.kaributesting.v10.LocatorJ._find(TextField.class, s -> s.withId("target-unit"))
                        .isEmpty(),
                "the unit is the metric's own");
        dimension.setValue(app.rapport.api.survey.ServqualDimension.RESPONSIVENESS);
        _get(TextField.class, s -> s.withId("target-metric")).setValue("响应性差距");
        _get(BigDecimalField.class, s -> s.withId("target-baseline")).setValue(new BigDecimal("-3"));
        _get(BigDecimalField.class, s -> s.withId("target-value")).setValue(new BigDecimal("-1"));
        _click(_get(Button.class, s -> s.withId("target-save")));
        TargetWrite w = benchmarks.written.getLast();
        assertEquals(MetricSource.SERVQUAL_GAP, w.source());
        assertEquals(app.rapport.api.survey.ServqualDimension.RESPONSIVENESS, w.servqualDimension());
        assertEquals(null, w.unit());
    }

    @Test
    void recording_measurements_moves_the_target_to_achieved_and_draws_the_chart() {
        TargetView t = benchmarks.add("Card replacement", Dimension.TIMELINESS, 15, 2, "Leading issuer", 5);
        signIn(user("root", "harbour-hotel", SignedInUser.TENANT_ADMIN));
        navigate("benchmarks/" + t.id());
        assertTrue(_get(Paragraph.class, s -> s.withId("target-explanation"))
                .getText()
                .startsWith("Actual 15 days is behind"));
        String before = _get(com.vaadin.flow.component.html.Div.class, s -> s.withId("target-chart-box"))
                .getElement()
                .toString();
        _get(DatePicker.class, s -> s.withId("measure-on"))
                .setValue(LocalDate.now(InMemoryWorkspace.ZONE).minusDays(30));
        _get(BigDecimalField.class, s -> s.withId("measure-value")).setValue(new BigDecimal("7"));
        _click(_get(Button.class, s -> s.withId("measure-save")));
        _get(DatePicker.class, s -> s.withId("measure-on")).setValue(LocalDate.now(InMemoryWorkspace.ZONE));
        _get(BigDecimalField.class, s -> s.withId("measure-value")).setValue(new BigDecimal("2"));
        _click(_get(Button.class, s -> s.withId("measure-save")));
        @SuppressWarnings("unchecked")
        Grid<MeasurementView> grid = _get(Grid.class, s -> s.withId("target-measurements"));
        assertEquals(2, grid.getListDataView().getItemCount());
        assertEquals("2 days", GridKt._getFormatted(grid, 0, "value"), "newest first");
        assertEquals("By hand", GridKt._getFormatted(grid, 0, "how"));
        assertEquals(
                "Actual 2 days has reached the target of 2 days.",
                _get(Paragraph.class, s -> s.withId("target-explanation")).getText());
        String after = _get(com.vaadin.flow.component.html.Div.class, s -> s.withId("target-chart-box"))
                .getElement()
                .toString();
        assertTrue(after.contains("<svg"));
        assertNotEquals(before, after, "the chart moved");
    }

    @Test
    void a_computed_target_is_measured_now_or_says_there_is_nothing_to_measure() {
        TargetView t = benchmarks
                .create(new TargetWrite(
                        "Greeting time",
                        MetricSource.STEP_DURATION,
                        "step-1",
                        Dimension.TIMELINESS,
                        null,
                        null,
                        new BigDecimal("6"),
                        LocalDate.now(InMemoryWorkspace.ZONE).minusDays(30),
                        null,
                        null,
                        null,
                        new BigDecimal("2"),
                        LocalDate.now(InMemoryWorkspace.ZONE).plusDays(30),
                        "amy",
                        null))
                .body();
        signIn(MANAGER);
        navigate("benchmarks/" + t.id());
        _assertNone(Button.class, s -> s.withId("measure-save"));
        _click(_get(Button.class, s -> s.withId("target-compute")));
        assertEquals(0, benchmarks.targets.get(t.id()).measurements().size());
        benchmarks.nextComputed = new BigDecimal("4");
        _click(_get(Button.class, s -> s.withId("target-compute")));
        @SuppressWarnings("unchecked")
        Grid<MeasurementView> grid = _get(Grid.class, s -> s.withId("target-measurements"));
        assertEquals("4 min", GridKt._getFormatted(grid, 0, "value"));
        assertEquals("Computed from 3 records", GridKt._getFormatted(grid, 0, "how"));
    }

    @Test
    void service_staff_see_no_benchmarks() {
        benchmarks.add("Card replacement", Dimension.TIMELINESS, 15, 2, null, 0);
        signIn(user("lee", "harbour-hotel", SignedInUser.SERVICE_STAFF));
        navigate("benchmarks");
        _get(app.rapport.ui.platform.layout.ForbiddenView.class);
        _assertNone(Grid.class, s -> s.withId("board-timeliness"));
        navigate("benchmarks/" + benchmarks.targets.keySet().iterator().next());
        _get(app.rapport.ui.platform.layout.ForbiddenView.class);
    }
}
