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
    private static List<Repositories.Bought> bought(Object... daysAgoAndQuantity) {
        List<Repositories.Bought> list = new ArrayList<>();
        for (int i = 0; i < daysAgoAndQuantity.length; i += 2) {
            list.add(new Repositories.Bought(
                    "client", "rice", TODAY.minusDays((Integer) daysAgoAndQuantity[i]), new BigDecimal((String)
                            daysAgoAndQuantity[i + 1])));
        }
        return list;
    }

    @Test
    void the_rice_shop_household_runs_out_a_month_after_its_last_bag() {
        // a 10 kg bag every 30 days: 0.3333 kg a day; the last bag (bought 27 days ago) lasts ⌊10 ÷ 0.3333⌋ = 30 days
        RunOutForecast.Forecast f = RunOutForecast.of(bought(87, "10", 57, "10", 27, "10"), null, null, TODAY);
        assertEquals(RateMethod.LEARNED, f.method());
        assertEquals(new BigDecimal("0.3333"), f.dailyRate());
        assertEquals(TODAY.plusDays(3), f.runOutOn());
        assertEquals(3, f.daysLeft());
        assertEquals(2, f.intervals().size());
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
