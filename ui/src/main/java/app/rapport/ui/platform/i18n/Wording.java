package app.rapport.ui.platform.i18n;

import app.rapport.api.common.LineError;
import app.rapport.api.common.ProblemView.FieldProblem;
import app.rapport.api.common.ReasonCode;
import app.rapport.ui.platform.api.ApiProblem;
import com.vaadin.flow.component.UI;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Words what the API says in codes — problems, field problems, import line problems — in the reader's language. A
 * message names its arguments in braces ({@code At most {max} characters.}); each is formatted for the locale:
 * numbers with the locale's separators, ISO dates as short dates, the codes of fields, directions and methods in
 * words.
 */
public final class Wording {
    private static final Pattern NAMED = Pattern.compile("\\{([a-zA-Z]+)}");
    /** Arguments whose values are codes with a message of their own, by the prefix of that message. */
    private static final Map<String, String> CODED = Map.ofEntries(
            Map.entry("stage", "stage."),
            Map.entry("measure", "tier.measure."),
            Map.entry("other", "fieldname."),
            Map.entry("direction", "benchmark.direction."),
            Map.entry("method", "tier.method."),
            Map.entry("source", "benchmark.source."),
            Map.entry("status", "complaint.status."),
            Map.entry("action", "complaint.action."),
            Map.entry("missing", "complaint.open."),
            Map.entry("item", "complaint.recovery."),
            Map.entry("causes", "complaint.cause."),
            Map.entry("severity", "complaint.severity."),
            Map.entry("compensationKind", "complaint.compensation."),
            Map.entry("reason", "sla.hold."),
            Map.entry("milestone", "sla.milestone."));

    /** Arguments that are amounts of the tenant's currency. */
    private static final Set<String> MONEY = Set.of("value", "threshold", "total", "amount");

    private Wording() {}

    /** The problem as a sentence: its own message, and for invalid input the worded field problems. */
    public static String problem(ApiProblem p) {
        Locale locale = locale();
        if ("invalid-input".equals(p.code()) && !p.fields().isEmpty()) {
            String fields = p.fields().stream().map(Wording::field).collect(Collectors.joining(" "));
            return translate("problem.invalid-input", locale).replace("{0}", fields);
        }
        String text = translate("problem." + p.code(), locale);
        if (text.startsWith("!")) {
            text = translate("problem.error", locale);
        }
        return fill(text, p.args(), locale);
    }

    /** The message {@code key} with the values filled in, or nothing when there is no such message. */
    public static String fillArgs(String key, Map<String, Object> args) {
        Locale locale = locale();
        String text = translate(key, locale);
        return text.startsWith("!") ? "" : fill(text, args, locale);
    }

    /** What is wrong with one field, to show beside it. */
    public static String field(FieldProblem f) {
        return field(f, locale());
    }

    /** What is wrong with one field, for a reader of {@code locale} (a page served outside Vaadin). */
    public static String field(FieldProblem f, Locale locale) {
        return fill(translate(key(f.code().name(), f.args()), locale), f.args(), locale);
    }

    /** A size from 0 is only a most: "At most 254 characters" rather than "between 0 and 254". */
    private static String key(String code, Map<String, Object> args) {
        Object min = args.get("min");
        boolean fromZero = min instanceof Number n && n.longValue() == 0;
        return "SIZE".equals(code) && fromZero ? "field.SIZE.max" : "field." + code;
    }

    /**
     * Why something happened, in words: the reason code with its values, then what the person wrote, if anything
     * ({@code pinExpired} among the values puts "pin expired" first).
     */
    public static String reason(ReasonCode code, Map<String, ?> args, String text) {
        Locale locale = locale();
        Map<String, Object> values = new HashMap<>(args == null ? Map.of() : args);
        String worded = code == null ? "" : fill(translate("reason." + code.name(), locale), values, locale);
        if ("true".equals(String.valueOf(values.get("pinExpired")))) {
            worded = translate("reason.pinExpired", locale) + " " + worded;
        }
        if (text == null || text.isBlank()) {
            return worded;
        }
        return worded.isEmpty() ? text : worded + " — " + text;
    }

    /** What is wrong with one field of one line of an import file. */
    public static String line(LineError e) {
        Locale locale = locale();
        return fill(translate(key(e.code().name(), e.args()), locale), e.args(), locale);
    }

    static String fill(String text, Map<String, Object> args, Locale locale) {
        Matcher m = NAMED.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Object value = args.get(m.group(1));
            String worded = value == null ? m.group() : value(m.group(1), value, locale);
            m.appendReplacement(out, Matcher.quoteReplacement(worded));
        }
        return m.appendTail(out).toString();
    }

    private static String value(String name, Object value, Locale locale) {
        if (value instanceof Collection<?> items) {
            return items.stream()
                    .map(v -> value(name, v, locale))
                    .collect(Collectors.joining(locale.getLanguage().equals("zh") ? "、" : ", "));
        }
        String text = String.valueOf(value);
        boolean numeric = value instanceof Number || text.matches("-?\\d+(\\.\\d+)?");
        if (numeric && MONEY.contains(name)) {
            return Formats.money(locale).format(new BigDecimal(text));
        }
        if (numeric) {
            return NumberFormat.getInstance(locale).format(new BigDecimal(text));
        }
        String prefix = CODED.get(name);
        if (prefix != null) {
            String worded = translate(prefix + text, locale);
            return worded.startsWith("!") ? text : worded;
        }
        if (text.matches("\\d{4}-\\d{2}-\\d{2}")) {
            try {
                return Formats.shortDate(locale).format(LocalDate.parse(text));
            } catch (DateTimeParseException e) {
                return text;
            }
        }
        return text;
    }

    private static String translate(String key, Locale locale) {
        UI ui = UI.getCurrent();
        return ui == null ? new MessagesI18NProvider().getTranslation(key, locale) : ui.getTranslation(key);
    }

    private static Locale locale() {
        UI ui = UI.getCurrent();
        return ui == null ? Locale.ENGLISH : ui.getLocale();
    }
}
