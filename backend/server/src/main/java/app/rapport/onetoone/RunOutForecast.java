package app.rapport.onetoone;

import app.rapport.api.onetoone.ConsumptionView;
import app.rapport.api.onetoone.RateMethod;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The rice shop's rule: what a client bought lasts until the next purchase, so each interval between two purchase
 * days gives a rate of use (quantity ÷ days). The rate is the median of the last six intervals; with three or more,
 * an interval more than three times off that median is left out as a one-off before the median is taken again.
 * A rate entered by hand wins; without any interval the product's typical daily usage is used; else no forecast.
 * The last purchase runs out after ⌊quantity ÷ rate⌋ days. Rates are kept as exact fractions until that division (a
 * rate rounded first makes 10 kg every 60 days run out on day 59): only the rates shown are rounded.
 */
final class RunOutForecast {
    static final int WINDOW = 6;
    private static final int SHOWN_SCALE = 4;

    record Forecast(
            RateMethod method,
            BigDecimal dailyRate,
            LocalDate lastPurchaseOn,
            BigDecimal lastQuantity,
            LocalDate runOutOn,
            Integer daysLeft,
            List<ConsumptionView.Interval> intervals) {}

    /** A rate of use as the exact fraction quantity ÷ days (both positive). */
    record Rate(BigDecimal quantity, BigDecimal days) implements Comparable<Rate> {
        static Rate of(BigDecimal perDay) {
            return new Rate(perDay, BigDecimal.ONE);
        }

        @Override
        public int compareTo(Rate o) {
            return quantity.multiply(o.days).compareTo(o.quantity.multiply(days));
        }

        Rate times(int n) {
            return new Rate(quantity.multiply(BigDecimal.valueOf(n)), days);
        }

        Rate plusHalfOf(Rate o) {
            // (a/b + c/d) / 2 = (ad + cb) / 2bd
            return new Rate(
                    quantity.multiply(o.days).add(o.quantity.multiply(days)),
                    days.multiply(o.days).multiply(BigDecimal.TWO));
        }

        BigDecimal shown() {
            return quantity.divide(days, SHOWN_SCALE, RoundingMode.HALF_UP);
        }

        /** Whole days that {@code amount} lasts at this rate: ⌊amount × days ÷ quantity⌋, computed exactly. */
        long daysOf(BigDecimal amount) {
            return amount.multiply(days).divide(quantity, 0, RoundingMode.FLOOR).longValue();
        }
    }

    private RunOutForecast() {}

    /** {@code bought}: purchase days of one product by one client, oldest first, quantities of a day added up. */
    static Forecast of(List<BoughtRow> bought, BigDecimal manualRate, BigDecimal typicalRate, LocalDate today) {
        List<Rate> rates = new ArrayList<>();
        List<ConsumptionView.Interval> shown = new ArrayList<>();
        for (int i = Math.max(0, bought.size() - 1 - WINDOW); i + 1 < bought.size(); i++) {
            BoughtRow a = bought.get(i);
            BoughtRow b = bought.get(i + 1);
            int days = (int) ChronoUnit.DAYS.between(a.purchasedOn(), b.purchasedOn());
            Rate rate = new Rate(a.quantity(), BigDecimal.valueOf(days));
            rates.add(rate);
            shown.add(new ConsumptionView.Interval(
                    a.purchasedOn(), b.purchasedOn(), days, a.quantity(), rate.shown(), true));
        }
        List<Rate> used = rates;
        if (rates.size() >= 3) {
            Rate first = median(rates);
            used = new ArrayList<>();
            for (int i = 0; i < rates.size(); i++) {
                boolean kept = withinThreeTimes(rates.get(i), first);
                if (kept) {
                    used.add(rates.get(i));
                }
                ConsumptionView.Interval iv = shown.get(i);
                shown.set(
                        i, new ConsumptionView.Interval(iv.from(), iv.to(), iv.days(), iv.quantity(), iv.rate(), kept));
            }
        }
        BoughtRow last = bought.isEmpty() ? null : bought.get(bought.size() - 1);
        RateMethod method;
        Rate rate;
        if (manualRate != null) {
            method = RateMethod.MANUAL;
            rate = Rate.of(manualRate);
        } else if (!used.isEmpty()) {
            method = RateMethod.LEARNED;
            rate = median(used);
        } else if (typicalRate != null) {
            method = RateMethod.TYPICAL;
            rate = Rate.of(typicalRate);
        } else {
            method = RateMethod.NONE;
            rate = null;
        }
        BigDecimal dailyRate = rate == null ? null : method == RateMethod.LEARNED ? rate.shown() : rate.quantity();
        if (last == null || rate == null || rate.quantity().signum() <= 0) {
            return new Forecast(
                    method,
                    dailyRate,
                    last == null ? null : last.purchasedOn(),
                    last == null ? null : last.quantity(),
                    null,
                    null,
                    shown);
        }
        LocalDate runOut = last.purchasedOn().plusDays(rate.daysOf(last.quantity()));
        return new Forecast(
                method,
                dailyRate,
                last.purchasedOn(),
                last.quantity(),
                runOut,
                (int) ChronoUnit.DAYS.between(today, runOut),
                shown);
    }

    private static boolean withinThreeTimes(Rate rate, Rate median) {
        return rate.compareTo(median.times(3)) <= 0 && rate.times(3).compareTo(median) >= 0;
    }

    static Rate median(List<Rate> values) {
        List<Rate> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : sorted.get(n / 2 - 1).plusHalfOf(sorted.get(n / 2));
    }
}
