package app.rapport.ui.quality;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rapport.api.quality.ChartKind;
import app.rapport.api.quality.ChartPointView;
import app.rapport.api.quality.ChartRule;
import app.rapport.api.quality.ChartRules;
import app.rapport.api.quality.ChartSignalView;
import app.rapport.api.quality.ControlChartView;
import app.rapport.api.quality.QualityMetric;
import app.rapport.ui.platform.security.SignedInUser;
import app.rapport.ui.support.ViewTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The control charts page: the chart drawn with its signals worded in the reader's language, the conventions on
 * screen, a baseline frozen on other weeks (412 and a field refused as the server would), staff not let in.
 */
class ControlChartsViewTest extends ViewTest {
    private static final SignedInUser MANAGER = user("amy", "harbour-hotel", SignedInUser.ACCOUNT_MANAGER);
    private static final LocalDate FIRST = LocalDate.of(2026, 6, 1);

    private static ControlChartView shifted() {
        List<ChartPointView> points = new ArrayList<>();
        for (int w = 0; w < 25; w++) {
            long events = w < 20 ? 2 : w == 24 ? 12 : 0;
            points.add(new ChartPointView(FIRST.plusWeeks(w), events, events, 100L, 2, 0, 6.24, w < 20));
        }
        return new ControlChartView(
                QualityMetric.COMPLAINTS_PER_100_TOUCHPOINTS,
                ChartKind.U,
                ChartRules.THREE_SIGMA,
                FIRST,
                FIRST.plusWeeks(19),
                false,
                null,
                null,
                0,
                2.0,
                points,
                List.of(new ChartSignalView(FIRST.plusWeeks(24), ChartRule.BEYOND_3_SIGMA)));
    }

    @Test
    void a_manager_reads_the_chart_and_its_signal_in_chinese_with_the_conventions_on_screen() {
        quality.put(shifted());
        signIn(MANAGER, Locale.SIMPLIFIED_CHINESE);
        UI.getCurrent().navigate("quality/charts");
        ControlChartsView view = _get(ControlChartsView.class);
        assertNotNull(view.drawn(), "the chart is drawn");
        String signals = _get(VerticalLayout.class, s -> s.withId("quality-signals"))
                .getElement()
                .getTextRecursively();
        assertTrue(signals.contains("一点超出 3σ"), signals);
        assertTrue(signals.contains("2026"), signals);
        String summary = _get(Paragraph.class, s -> s.withId("quality-summary")).getText();
        assertTrue(summary.startsWith("中心线 2"), summary);
        String conventions =
                _get(Paragraph.class, s -> s.withId("quality-conventions")).getText();
        assertTrue(conventions.contains("u 图") && conventions.contains("前 20 周"), conventions);
        for (String text : List.of(signals, summary, conventions)) {
            assertFalse(text.replace("σ", "").matches(".*[A-Za-z]{2,}.*"), "no English the product wrote: " + text);
        }
        assertEquals(25, com.github.mvysny.kaributesting.v10.GridKt._size(view.weeks));
    }

    @Test
    void the_limits_are_frozen_on_other_weeks_once_and_a_stale_or_backward_baseline_is_refused() {
        quality.put(shifted());
        signIn(MANAGER);
        UI.getCurrent().navigate("quality/charts");
        DatePicker from = _get(DatePicker.class, s -> s.withId("quality-from"));
        DatePicker to = _get(DatePicker.class, s -> s.withId("quality-to"));
        assertEquals(FIRST, from.getValue());
        to.setValue(FIRST.plusWeeks(24));
        _click(_get(Button.class, s -> s.withId("quality-save")));
        assertEquals(1, quality.saved.size());
        assertEquals(FIRST.plusWeeks(24), quality.saved.get(0).to());
        assertTrue(_get(Paragraph.class, s -> s.withId("quality-conventions"))
                .getText()
                .contains("Baseline set by amy"));

        to.setValue(FIRST.minusWeeks(2));
        _click(_get(Button.class, s -> s.withId("quality-save")));
        assertTrue(to.isInvalid(), "to before from: refused on its field");
        assertEquals(1, quality.saved.size(), "nothing more saved");
    }

    @Test
    void a_signals_notice_reads_in_chinese_and_a_tap_opens_its_chart() {
        inbox.add(
                app.rapport.api.inbox.NoticeKind.CHART_SIGNAL,
                null,
                0,
                java.util.Map.of("metric", "CARE_ON_TIME", "week", "2026-11-23", "rule", "SIX_TRENDING"));
        signIn(MANAGER, Locale.SIMPLIFIED_CHINESE);
        UI.getCurrent().navigate("inbox");
        com.vaadin.flow.component.html.Div card = _get(
                com.vaadin.flow.component.html.Div.class,
                s -> s.withId("notice-" + inbox.inbox(0, 1).items().get(0).id()));
        String text = card.getElement().getTextRecursively();
        assertTrue(text.startsWith("控制图“按时完成的关怀行动”：2026年11月23日那一周出现连续六点持续上升或下降。"), text);
        com.vaadin.flow.component.ComponentUtil.fireEvent(card, new com.vaadin.flow.component.ClickEvent<>(card));
        assertEquals("quality/charts", path());
        assertEquals(
                QualityMetric.CARE_ON_TIME, _get(ControlChartsView.class).metric.getValue());
    }

    @Test
    void staff_do_not_see_the_control_charts() {
        signIn(user("lee", "harbour-hotel", SignedInUser.SERVICE_STAFF));
        UI.getCurrent().navigate("quality/charts");
        _get(app.rapport.ui.platform.layout.ForbiddenView.class);
    }
}
