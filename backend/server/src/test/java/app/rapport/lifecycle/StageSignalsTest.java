package app.rapport.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rapport.api.lifecycle.Signal;
import app.rapport.api.lifecycle.SignalKind;
import app.rapport.api.lifecycle.Stage;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Worked examples of the signals policy, on a fixed day. */
class StageSignalsTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    private static List<StageSignals.PurchaseDay> bought(int... daysAgo) {
        return IntStream.of(daysAgo)
                .mapToObj(d -> new StageSignals.PurchaseDay(TODAY.minusDays(d), new BigDecimal("100.00")))
                .sorted(java.util.Comparator.comparing(StageSignals.PurchaseDay::on))
                .toList();
    }

    private static StageSignals.History history(
            Stage stage, int daysInStage, List<StageSignals.PurchaseDay> days, List<Integer> ratings) {
        return new StageSignals.History(
                stage,
                TODAY.minusDays(daysInStage),
                days,
                days.isEmpty() ? null : days.get(0).on(),
                null,
                ratings,
                0,
                0);
    }

    private static List<SignalKind> kinds(StageSignals.Outcome o) {
        return o.signals().stream().map(Signal::kind).toList();
    }

    @Test
    void a_client_with_no_history_gets_no_signal_and_no_suggestion() {
        StageSignals.Outcome o = StageSignals.evaluate(history(Stage.EXPLORATION, 0, List.of(), List.of()), TODAY);
        assertEquals(List.of(), o.signals());
        assertEquals(Optional.empty(), o.suggestion());
        assertEquals("", o.explanation());
    }

    @Test
    void no_purchase_for_94_days_against_a_usual_30_and_two_ratings_of_2_suggest_decline() {
        StageSignals.Outcome o =
                StageSignals.evaluate(history(Stage.STABILITY, 300, bought(184, 154, 124, 94), List.of(2, 2)), TODAY);
        assertEquals(Optional.of(Stage.DECLINE), o.suggestion());
        assertEquals(
                List.of(
                        SignalKind.PURCHASE_LAPSE,
                        SignalKind.VALUE_DROP,
                        SignalKind.REPEAT_PURCHASES,
                        SignalKind.LOW_RATINGS),
                kinds(o));
        Signal lapse = o.signals().get(0);
        assertEquals(0, lapse.value().compareTo(new BigDecimal("94")));
        assertEquals(0, lapse.reference().compareTo(new BigDecimal("30")));
        assertTrue(o.explanation().startsWith("PURCHASE_LAPSE:94/30;"), o.explanation());
        assertTrue(o.explanation().contains("LOW_RATINGS:2.00/2"), o.explanation());
        assertTrue(o.explanation().endsWith("->DECLINE"), o.explanation());
    }

    @Test
    void one_ordinary_lapse_alone_suggests_nothing_but_three_times_the_usual_interval_suggests_decline() {
        // usual 20 days, last purchase 50 days ago: 2.5 × usual — one decline signal only
        StageSignals.Outcome ordinary =
                StageSignals.evaluate(history(Stage.FORMATION, 200, bought(90, 70, 50), List.of()), TODAY);
        assertTrue(kinds(ordinary).contains(SignalKind.PURCHASE_LAPSE));
        assertEquals(Optional.empty(), ordinary.suggestion());
        // usual 10 days, last purchase 31 days ago: 3.1 × usual
        StageSignals.Outcome strong =
                StageSignals.evaluate(history(Stage.FORMATION, 200, bought(51, 41, 31), List.of()), TODAY);
        assertEquals(Optional.of(Stage.DECLINE), strong.suggestion());
    }

    @Test
    void a_lapse_under_30_days_is_no_lapse_however_short_the_usual_interval() {
        StageSignals.Outcome o =
                StageSignals.evaluate(history(Stage.FORMATION, 200, bought(33, 30, 27, 24), List.of()), TODAY);
        assertTrue(!kinds(o).contains(SignalKind.PURCHASE_LAPSE), kinds(o).toString());
    }

    @Test
    void three_purchase_days_move_exploration_to_formation() {
        StageSignals.Outcome o =
                StageSignals.evaluate(history(Stage.EXPLORATION, 60, bought(45, 25, 5), List.of()), TODAY);
        assertEquals(List.of(SignalKind.RECENT_PURCHASE, SignalKind.REPEAT_PURCHASES), kinds(o));
        assertEquals(Optional.of(Stage.FORMATION), o.suggestion());
        assertEquals("RECENT_PURCHASE:5/20;REPEAT_PURCHASES:3/3->FORMATION", o.explanation());
    }

    @Test
    void formation_becomes_stability_after_a_long_relationship_and_90_days_in_formation() {
        List<StageSignals.PurchaseDay> monthly = bought(185, 155, 125, 95, 65, 35, 5);
        assertEquals(
                Optional.of(Stage.STABILITY),
                StageSignals.evaluate(history(Stage.FORMATION, 90, monthly, List.of(5, 4)), TODAY)
                        .suggestion());
        assertEquals(
                Optional.empty(),
                StageSignals.evaluate(history(Stage.FORMATION, 89, monthly, List.of(5, 4)), TODAY)
                        .suggestion());
        StageSignals.Outcome o = StageSignals.evaluate(history(Stage.FORMATION, 90, monthly, List.of(5, 4)), TODAY);
        assertTrue(kinds(o).contains(SignalKind.LONG_RELATIONSHIP));
        assertTrue(kinds(o).contains(SignalKind.GOOD_RATINGS));
    }

    @Test
    void a_declining_client_who_buys_again_within_the_usual_interval_is_won_back_to_formation() {
        StageSignals.Outcome o =
                StageSignals.evaluate(history(Stage.DECLINE, 40, bought(70, 40, 10), List.of()), TODAY);
        assertEquals(Optional.of(Stage.FORMATION), o.suggestion());
    }

    @Test
    void complaints_and_negative_touchpoints_without_purchases_suggest_decline() {
        StageSignals.History h = new StageSignals.History(
                Stage.STABILITY, TODAY.minusDays(400), List.of(), null, TODAY.minusDays(3), List.of(), 2, 1);
        StageSignals.Outcome o = StageSignals.evaluate(h, TODAY);
        assertEquals(List.of(SignalKind.OPEN_COMPLAINTS, SignalKind.NEGATIVE_TOUCHPOINTS), kinds(o));
        assertEquals(Optional.of(Stage.DECLINE), o.suggestion());
    }

    @Test
    void a_client_already_in_decline_is_not_suggested_decline_again() {
        StageSignals.Outcome o =
                StageSignals.evaluate(history(Stage.DECLINE, 10, bought(184, 154, 124, 94), List.of(1, 2)), TODAY);
        assertEquals(Optional.empty(), o.suggestion());
    }

    @Test
    void revenue_halving_against_the_previous_90_days_is_a_drop_and_a_quarter_more_is_growth() {
        List<StageSignals.PurchaseDay> drop = List.of(
                new StageSignals.PurchaseDay(TODAY.minusDays(120), new BigDecimal("1000.00")),
                new StageSignals.PurchaseDay(TODAY.minusDays(20), new BigDecimal("499.99")));
        assertTrue(kinds(StageSignals.evaluate(history(Stage.FORMATION, 200, drop, List.of()), TODAY))
                .contains(SignalKind.VALUE_DROP));
        List<StageSignals.PurchaseDay> growth = List.of(
                new StageSignals.PurchaseDay(TODAY.minusDays(120), new BigDecimal("1000.00")),
                new StageSignals.PurchaseDay(TODAY.minusDays(20), new BigDecimal("1250.00")));
        assertTrue(kinds(StageSignals.evaluate(history(Stage.FORMATION, 200, growth, List.of()), TODAY))
                .contains(SignalKind.VALUE_GROWTH));
    }

    @Test
    void the_usual_interval_is_the_median_gap_taking_the_lower_middle_of_an_even_count() {
        // gaps 10, 30, 20, 40 → sorted 10, 20, 30, 40 → lower middle 20
        assertEquals(20, StageSignals.usualInterval(bought(100, 90, 60, 40, 0)));
    }
}
