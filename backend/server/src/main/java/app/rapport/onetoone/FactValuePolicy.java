package app.rapport.onetoone;

import app.rapport.api.common.FieldCode;
import app.rapport.api.onetoone.FactType;
import app.rapport.platform.web.ProblemException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * A fact's value must read as its type, so that facts stay comparable: NUMBER as a decimal number, DATE as an ISO
 * day, YES_NO as yes/no/true/false (stored as true/false). The stored value is the normalised one.
 */
final class FactValuePolicy {
    private FactValuePolicy() {}

    static String normalised(FactType type, String raw) {
        String v = raw.strip();
        switch (type) {
            case NUMBER -> {
                try {
                    return new BigDecimal(v).toPlainString();
                } catch (NumberFormatException e) {
                    throw ProblemException.badField("value", FieldCode.NOT_NUMBER, "value", v);
                }
            }
            case DATE -> {
                try {
                    return LocalDate.parse(v).toString();
                } catch (DateTimeParseException e) {
                    throw ProblemException.badField("value", FieldCode.NOT_DATE, "value", v);
                }
            }
            case YES_NO -> {
                return switch (v.toLowerCase(Locale.ROOT)) {
                    case "yes", "true", "y", "是" -> "true";
                    case "no", "false", "n", "否" -> "false";
                    default -> throw ProblemException.badField("value", FieldCode.NOT_YES_NO);
                };
            }
            default -> {
                return v;
            }
        }
    }
}
