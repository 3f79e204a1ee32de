package app.rapport.ui.benchmark;

import app.rapport.api.benchmark.TargetStatus;
import app.rapport.api.benchmark.TargetView;
import app.rapport.ui.platform.i18n.MessagesI18NProvider;
import app.rapport.ui.platform.layout.Badge;
import com.vaadin.flow.component.html.Span;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.function.Function;

/** How a target's status and figures read: a coloured badge, numbers without trailing zeros, with their unit. */
final class Statuses {
    private Statuses() {}

    static Span badge(TargetStatus status, Function<String, String> text) {
        Span b = Badge.of(
                text.apply("benchmark.status." + status),
                switch (status) {
                    case ACHIEVED -> Badge.GREEN;
                    case ON_TRACK -> Badge.BLUE;
                    case AT_RISK -> Badge.AMBER;
                    case MISSED -> Badge.RED;
                });
        b.addClassName("target-status");
        return b;
    }

    static String figure(BigDecimal value) {
        if (value == null) {
            return "—";
        }
        BigDecimal v = value.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
        return (v.scale() < 0 ? v.setScale(0) : v).toPlainString();
    }

    /** The metric's name in the reader's language: its translation, or the name as written. */
    static String metric(TargetView t, Locale locale) {
        return t.metricTranslations().in(MessagesI18NProvider.languageTag(locale), t.metric());
    }

    static String withUnit(BigDecimal value, TargetView t, Function<String, String> text) {
        return value == null ? "—" : figure(value) + " " + unit(t, text);
    }

    /** Computed metrics' units are translated; a manual metric's unit reads as its author wrote it. */
    static String unit(TargetView t, Function<String, String> text) {
        return switch (t.source()) {
            case MANUAL -> t.unit();
            default -> text.apply("benchmark.unit." + t.source());
        };
    }
}
