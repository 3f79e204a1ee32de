package app.rapport.onetoone;

import app.rapport.api.onetoone.ConsumptionView;
import app.rapport.api.onetoone.RateMethod;
import java.math.BigDecimal;
import java.math.MathContext;
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
 * The last purchase runs out after ⌊quantity ÷ rate⌋ days.
 */
final class RunOutForecast {
    static final int WINDOW = 6;
    private static final BigDecimal THREE = BigDecimal.valueOf(3);

    record Forecast(
            RateMethod method,
            BigDecimal dailyRate,
            LocalDate lastPurchaseOn,
            BigDecimal lastQuantity,
            LocalDate runOutOn,
            Integer daysLeft,
            List<ConsumptionView.Interval> intervals) {}

    private RunOutForecast() {}

    /** {@code bought}: purchase days of one product by one client, oldest first, quantities of a day added up. */
    static Forecast of(
            List<Repositories.Bought> bought, BigDecimal manualRate, BigDecimal typicalRate, LocalDate today) {
        List<ConsumptionView.Interval> intervals = new ArrayList<>();
        for (int i = Math.max(0, bought.size() - 1 - WINDOW); i + 1 < bought.size(); i++) {
            Repositories.Bought a = bought.get(i);
            Repositories.Bought b = bought.get(i + 1);
            int days = (int) ChronoUnit.DAYS.between(a.purchasedOn(), b.purchasedOn());
            BigDecimal rate = a.quantity().divide(BigDecimal.valueOf(days), 4, RoundingMode.HALF_UP);
            intervals.add(
                    new ConsumptionView.Interval(a.purchasedOn(), b.purchasedOn(), days, a.quantity(), rate, true));
        }
        if (intervals.size() >= 3) {
            BigDecimal first = median(
                    intervals.stream().map(ConsumptionView.Interval::rate).toList());
            intervals = intervals.stream()
                    .map(iv -> new ConsumptionView.Interval(
                            iv.from(),
                            iv.to(),
                            iv.days(),
                            iv.quantity(),
                            iv.rate(),
                            withinThreeTimes(iv.rate(), first)))
                    .toList();
        }
        Repositories.Bought last = bought.isEmpty() ? null : bought.get(bought.size() - 1);
        RateMethod method;
        BigDecimal rate;
        if (manualRate != null) {
            method = RateMethod.MANUAL;
            rate = manualRate;
        } else if (!intervals.isEmpty()) {
            method = RateMethod.LEARNED;
            rate = median(intervals.stream()
                    .filter(ConsumptionView.Interval::used)
                    .map(ConsumptionView.Interval::rate)
                    .toList());
        } else if (typicalRate != null) {
            method = RateMethod.TYPICAL;
            rate = typicalRate;
        } else {
            method = RateMethod.NONE;
            rate = null;
        }
        if (last == null || rate == null || rate.signum() <= 0) {
            return new Forecast(
                    method,
                    rate,
                    last == null ? null : last.purchasedOn(),
                    last == null ? null : last.quantity(),
                    null,
                    null,
                    intervals);
        }
        long lasts = last.quantity().divide(rate, 0, RoundingMode.FLOOR).longValue();
        LocalDate runOut = last.purchasedOn().plusDays(lasts);
        return new Forecast(
                method,
                rate,
                last.purchasedOn(),
                last.quantity(),
                runOut,
                (int) ChronoUnit.DAYS.between(today, runOut),
                intervals);
    }

    private static boolean withinThreeTimes(BigDecimal rate, BigDecimal median) {
        return rate.compareTo(median.multiply(THREE)) <= 0
                && rate.multiply(THREE).compareTo(median) >= 0;
    }

    static BigDecimal median(List<BigDecimal> values) {
        List<BigDecimal> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        if (n % 2 == 1) {
            return sorted.get(n / 2);
        }
        return sorted.get(n / 2 - 1)
                .add(sorted.get(n / 2))
                .divide(BigDecimal.valueOf(2), new MathContext(12))
                .setScale(4, RoundingMode.HALF_UP);
    }
}
