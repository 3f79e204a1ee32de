package app.rapport.lifecycle;

import app.rapport.api.lifecycle.Signal;
import app.rapport.api.lifecycle.SignalKind;
import app.rapport.api.lifecycle.Stage;
import app.rapport.api.lifecycle.Tendency;
import io.micronaut.core.annotation.Nullable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The signals policy: what a client's history says about its lifecycle stage, and which stage to suggest.
 *
 * <p>Signals (purchases of the last 365 days, counted by purchase day):
 *
 * <ul>
 *   <li>usual interval = median of the days between consecutive purchase days (needs two purchase days);
 *   <li>PURCHASE_LAPSE (decline): days since the last purchase &gt; 2 × usual and ≥ 30;
 *   <li>RECENT_PURCHASE (growth): days since the last purchase ≤ usual;
 *   <li>VALUE_DROP (decline): revenue of the last 90 days &lt; 50 % of the 90 days before (which had revenue);
 *   <li>VALUE_GROWTH (growth): revenue of the last 90 days ≥ 125 % of the 90 days before (which had revenue);
 *   <li>REPEAT_PURCHASES (growth): ≥ 3 purchase days;
 *   <li>LONG_RELATIONSHIP (growth): first purchase ≥ 180 days ago and ≥ 6 purchase days;
 *   <li>NO_RECENT_TOUCHPOINT (decline): the last touchpoint was more than 90 days ago (none at all says nothing);
 *   <li>LOW_RATINGS (decline) / GOOD_RATINGS (growth): average of the last ratings (at least two, at most three)
 *       ≤ 2 / ≥ 4;
 *   <li>OPEN_COMPLAINTS (decline): complaints still being handled (not yet closed or judged not to stand);
 *   <li>NEGATIVE_TOUCHPOINTS (decline): two or more negative touchpoints in the last 30 days;
 *   <li>LOW_SURVEYS (decline): a survey answered low (a detractor, a dissatisfied score) in the last 90 days.
 * </ul>
 *
 * <p>Suggestion: DECLINE (from any other stage) on two or more decline signals, or a purchase lapse of at least three
 * times the usual interval. With no decline signal at all: EXPLORATION → FORMATION on repeat purchases; FORMATION →
 * STABILITY on a long relationship once the client has spent 90 days in FORMATION; DECLINE → FORMATION on a recent
 * purchase with repeat purchases (won back). Otherwise nothing — a client with no history gets no suggestion.
 */
final class StageSignals {
    static final int LAPSE_FACTOR = 2;
    static final int STRONG_LAPSE_FACTOR = 3;
    static final int MIN_LAPSE_DAYS = 30;
    static final int TREND_DAYS = 90;
    static final BigDecimal DROP_RATIO = new BigDecimal("0.50");
    static final BigDecimal GROWTH_RATIO = new BigDecimal("1.25");
    static final int REPEAT_DAYS = 3;
    static final int LONG_FIRST_DAYS = 180;
    static final int LONG_PURCHASE_DAYS = 6;
    static final int TOUCHPOINT_DAYS = 90;
    static final BigDecimal LOW_RATING = new BigDecimal("2");
    static final BigDecimal GOOD_RATING = new BigDecimal("4");
    static final int NEGATIVE_COUNT = 2;
    static final int FORMATION_MIN_DAYS = 90;

    private StageSignals() {}

    /** One purchase day of a client within the last 365 days and what it brought in. */
    record PurchaseDay(LocalDate on, BigDecimal amount) {}

    /** Everything the policy looks at for one client. */
    record History(
            Stage stage,
            LocalDate stageSince,
            List<PurchaseDay> purchaseDays,
            @Nullable LocalDate firstPurchase,
            @Nullable LocalDate lastTouchpoint,
            List<Integer> lastRatings,
            int negativeLast30,
            int openComplaints,
            int lowSurveys) {
        History(
                Stage stage,
                LocalDate stageSince,
                List<PurchaseDay> purchaseDays,
                @Nullable LocalDate firstPurchase,
                @Nullable LocalDate lastTouchpoint,
                List<Integer> lastRatings,
                int negativeLast30,
                int openComplaints) {
            this(
                    stage,
                    stageSince,
                    purchaseDays,
                    firstPurchase,
                    lastTouchpoint,
                    lastRatings,
                    negativeLast30,
                    openComplaints,
                    0);
        }
    }

    /** The signals found and the stage suggested, with a sentence naming both. */
    record Outcome(List<Signal> signals, Optional<Stage> suggestion, String explanation) {}

    static Outcome evaluate(History h, LocalDate today) {
        List<Signal> signals = signals(h, today);
        Optional<Stage> suggestion = suggest(h, signals, today);
        // a machine summary, kept to tell whether the figures changed since the last run (never shown: the UI words
        // the signals themselves)
        String explanation = signals.stream()
                .map(x -> x.kind() + ":" + x.value().toPlainString() + "/"
                        + x.reference().toPlainString())
                .collect(Collectors.joining(";"));
        if (suggestion.isPresent()) {
            explanation = explanation + "->" + suggestion.get();
        }
        return new Outcome(signals, suggestion, explanation);
    }

    static List<Signal> signals(History h, LocalDate today) {
        List<Signal> out = new ArrayList<>();
        List<PurchaseDay> days = h.purchaseDays();
        if (days.size() >= 2) {
            long usual = usualInterval(days);
            long since = ChronoUnit.DAYS.between(days.get(days.size() - 1).on(), today);
            if (since > LAPSE_FACTOR * usual && since >= MIN_LAPSE_DAYS) {
                out.add(signal(SignalKind.PURCHASE_LAPSE, Tendency.DECLINE, since, usual));
            } else if (since <= usual) {
                out.add(signal(SignalKind.RECENT_PURCHASE, Tendency.GROWTH, since, usual));
            }
        }
        BigDecimal recent = revenue(days, today.minusDays(TREND_DAYS), today);
        BigDecimal before = revenue(days, today.minusDays(2L * TREND_DAYS), today.minusDays(TREND_DAYS));
        if (before.signum() > 0) {
            if (recent.compareTo(before.multiply(DROP_RATIO)) < 0) {
                out.add(new Signal(SignalKind.VALUE_DROP, Tendency.DECLINE, recent, before));
            } else if (recent.compareTo(before.multiply(GROWTH_RATIO)) >= 0) {
                out.add(new Signal(SignalKind.VALUE_GROWTH, Tendency.GROWTH, recent, before));
            }
        }
        if (days.size() >= REPEAT_DAYS) {
            out.add(signal(SignalKind.REPEAT_PURCHASES, Tendency.GROWTH, days.size(), REPEAT_DAYS));
        }
        if (h.firstPurchase() != null && days.size() >= LONG_PURCHASE_DAYS) {
            long tenure = ChronoUnit.DAYS.between(h.firstPurchase(), today);
            if (tenure >= LONG_FIRST_DAYS) {
                out.add(signal(SignalKind.LONG_RELATIONSHIP, Tendency.GROWTH, tenure, LONG_FIRST_DAYS));
            }
        }
        if (h.lastTouchpoint() != null) {
            long since = ChronoUnit.DAYS.between(h.lastTouchpoint(), today);
            if (since > TOUCHPOINT_DAYS) {
                out.add(signal(SignalKind.NO_RECENT_TOUCHPOINT, Tendency.DECLINE, since, TOUCHPOINT_DAYS));
            }
        }
        if (h.lastRatings().size() >= 2) {
            BigDecimal avg = BigDecimal.valueOf(
                            h.lastRatings().stream().mapToInt(Integer::intValue).sum())
                    .divide(BigDecimal.valueOf(h.lastRatings().size()), 2, RoundingMode.HALF_UP);
            if (avg.compareTo(LOW_RATING) <= 0) {
                out.add(new Signal(SignalKind.LOW_RATINGS, Tendency.DECLINE, avg, LOW_RATING));
            } else if (avg.compareTo(GOOD_RATING) >= 0) {
                out.add(new Signal(SignalKind.GOOD_RATINGS, Tendency.GROWTH, avg, GOOD_RATING));
            }
        }
        if (h.openComplaints() > 0) {
            out.add(signal(SignalKind.OPEN_COMPLAINTS, Tendency.DECLINE, h.openComplaints(), 0));
        }
        if (h.negativeLast30() >= NEGATIVE_COUNT) {
            out.add(signal(SignalKind.NEGATIVE_TOUCHPOINTS, Tendency.DECLINE, h.negativeLast30(), NEGATIVE_COUNT));
        }
        if (h.lowSurveys() > 0) {
            out.add(signal(SignalKind.LOW_SURVEYS, Tendency.DECLINE, h.lowSurveys(), 0));
        }
        return out;
    }

    static Optional<Stage> suggest(History h, List<Signal> signals, LocalDate today) {
        long declines =
                signals.stream().filter(s -> s.tendency() == Tendency.DECLINE).count();
        boolean strongLapse = find(signals, SignalKind.PURCHASE_LAPSE)
                .filter(s -> s.value().compareTo(s.reference().multiply(BigDecimal.valueOf(STRONG_LAPSE_FACTOR))) >= 0)
                .isPresent();
        if (h.stage() != Stage.DECLINE && (declines >= 2 || strongLapse)) {
            return Optional.of(Stage.DECLINE);
        }
        if (declines > 0) {
            return Optional.empty();
        }
        boolean repeat = find(signals, SignalKind.REPEAT_PURCHASES).isPresent();
        return switch (h.stage()) {
            case EXPLORATION -> repeat ? Optional.of(Stage.FORMATION) : Optional.empty();
            case FORMATION ->
                find(signals, SignalKind.LONG_RELATIONSHIP).isPresent()
                                && ChronoUnit.DAYS.between(h.stageSince(), today) >= FORMATION_MIN_DAYS
                        ? Optional.of(Stage.STABILITY)
                        : Optional.empty();
            case DECLINE ->
                repeat && find(signals, SignalKind.RECENT_PURCHASE).isPresent()
                        ? Optional.of(Stage.FORMATION)
                        : Optional.empty();
            case STABILITY -> Optional.empty();
        };
    }

    /** The median of the days between consecutive purchase days (the lower middle of an even count). */
    static long usualInterval(List<PurchaseDay> days) {
        List<Long> gaps = new ArrayList<>();
        for (int i = 1; i < days.size(); i++) {
            gaps.add(ChronoUnit.DAYS.between(days.get(i - 1).on(), days.get(i).on()));
        }
        gaps.sort(null);
        return gaps.get((gaps.size() - 1) / 2);
    }

    /** Revenue of purchase days after {@code from} up to and including {@code to}. */
    private static BigDecimal revenue(List<PurchaseDay> days, LocalDate from, LocalDate to) {
        return days.stream()
                .filter(d -> d.on().isAfter(from) && !d.on().isAfter(to))
                .map(PurchaseDay::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add)
                .setScale(2, RoundingMode.HALF_UP);
    }

    private static Optional<Signal> find(List<Signal> signals, SignalKind kind) {
        return signals.stream().filter(s -> s.kind() == kind).findFirst();
    }

    private static Signal signal(SignalKind kind, Tendency tendency, long value, long reference) {
        return new Signal(kind, tendency, BigDecimal.valueOf(value), BigDecimal.valueOf(reference));
    }
}
