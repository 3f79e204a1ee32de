package app.rapport.onetoone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rapport.api.onetoone.RateMethod;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** "What a client bought lasts until the next purchase; the median rate predicts when the last purchase runs out." */
class RunOutForecastTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    /** Purchases of one product: pairs of (days before today, quantity). */
    private static List<BoughtRow> bought(Object... daysAgoAndQuantity) {
        List<BoughtRow> list = new ArrayList<>();
        for (int i = 0; i < daysAgoAndQuantity.length; i += 2) {
            list.add(new BoughtRow(
                    "client", "rice", TODAY.minusDays((Integer) daysAgoAndQuantity[i]), new BigDecimal((String)
                            daysAgoAndQuantity[i + 1])));
        }
        return list;
    }

    @Test
    void the_rice_shop_household_runs_out_a_month_after_its_last_bag() {
        // a 10 kg bag every 30 days: 1/3 kg a day (shown 0.3333); the last bag (bought 27 days ago) lasts 30 days
        RunOutForecast.Forecast f = RunOutForecast.of(bought(87, "10", 57, "10", 27, "10"), null, null, TODAY);
        assertEquals(RateMethod.LEARNED, f.method());
        assertEquals(new BigDecimal("0.3333"), f.dailyRate());
        assertEquals(TODAY.plusDays(3), f.runOutOn());
        assertEquals(3, f.daysLeft());
        assertEquals(2, f.intervals().size());
    }

    @Test
    void a_regular_pattern_runs_out_exactly_one_interval_after_its_last_purchase_for_every_quantity_and_interval() {
        List<String> early = new ArrayList<>();
        for (String q : List.of("0.5", "1", "2.5", "3", "5", "7", "10", "12.5", "25", "50", "100")) {
            for (int days = 1; days <= 120; days++) {
                for (int purchases = 2; purchases <= 5; purchases++) {
                    Object[] pattern = new Object[purchases * 2];
                    for (int k = 0; k < purchases; k++) {
                        pattern[2 * k] = (purchases - 1 - k) * days;
                        pattern[2 * k + 1] = q;
                    }
                    RunOutForecast.Forecast f = RunOutForecast.of(bought(pattern), null, null, TODAY);
                    if (!TODAY.plusDays(days).equals(f.runOutOn())) {
                        early.add(q + " every " + days + " days x" + purchases + ": " + f.runOutOn());
                    }
                }
            }
        }
        assertEquals(List.of(), early);
    }

    @Test
    void the_median_of_two_rates_is_their_exact_mean() {
        // 10 kg lasting 60 days, then 10 kg lasting 30: (1/6 + 1/3) / 2 = 1/4 kg a day; the last 10 kg lasts 40 days
        RunOutForecast.Forecast f = RunOutForecast.of(bought(90, "10", 30, "10", 0, "10"), null, null, TODAY);
        assertEquals(new BigDecimal("0.2500"), f.dailyRate());
        assertEquals(TODAY.plusDays(40), f.runOutOn());
    }

    @Test
    void a_one_off_purchase_is_left_out_of_the_rate() {
        // regular 10 kg / 30 days, but one 50 kg party order lasted only 30 days as well (1.6667 kg/day: 5× the median)
        RunOutForecast.Forecast f = RunOutForecast.of(
                bought(150, "10", 120, "10", 90, "50", 60, "10", 30, "10", 0, "10"), null, null, TODAY);
        assertEquals(5, f.intervals().size());
        assertFalse(f.intervals().get(2).used());
        assertEquals(4, f.intervals().stream().filter(i -> i.used()).count());
        assertEquals(new BigDecimal("0.3333"), f.dailyRate());
    }

    @Test
    void a_rate_entered_by_hand_wins_over_the_learned_one() {
        RunOutForecast.Forecast f = RunOutForecast.of(bought(60, "10", 30, "10"), new BigDecimal("1.0"), null, TODAY);
        assertEquals(RateMethod.MANUAL, f.method());
        assertEquals(TODAY.minusDays(20), f.runOutOn());
        assertEquals(-20, f.daysLeft());
    }

    @Test
    void a_single_purchase_uses_the_products_typical_daily_usage() {
        RunOutForecast.Forecast f = RunOutForecast.of(bought(5, "15"), null, new BigDecimal("0.5"), TODAY);
        assertEquals(RateMethod.TYPICAL, f.method());
        assertEquals(TODAY.plusDays(25), f.runOutOn());
    }

    @Test
    void a_client_with_no_history_has_no_forecast() {
        RunOutForecast.Forecast f = RunOutForecast.of(List.of(), null, null, TODAY);
        assertEquals(RateMethod.NONE, f.method());
        assertNull(f.runOutOn());
        assertTrue(f.intervals().isEmpty());
    }

    @Test
    void only_the_last_six_intervals_count() {
        Object[] many = new Object[20];
        for (int i = 0; i < 10; i++) {
            many[2 * i] = 300 - 30 * i;
            many[2 * i + 1] = i < 3 ? "100" : "10";
        }
        RunOutForecast.Forecast f = RunOutForecast.of(bought(many), null, null, TODAY);
        assertEquals(6, f.intervals().size());
        assertEquals(new BigDecimal("0.3333"), f.dailyRate());
    }
}
