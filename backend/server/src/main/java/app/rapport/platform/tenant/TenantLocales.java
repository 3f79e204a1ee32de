package app.rapport.platform.tenant;

import app.rapport.api.common.FieldCode;
import app.rapport.api.operator.TenantLocale;
import app.rapport.platform.web.ProblemException;
import io.micronaut.core.annotation.Nullable;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Currency;

/** Checks a tenant's clock and money against the zone and currency databases; refusals name the field. */
final class TenantLocales {
    private TenantLocales() {}

    /** The locale to store: the default when none was given; a zone or currency the JDK does not know is a 400. */
    static TenantLocale checked(@Nullable TenantLocale locale, String prefix) {
        if (locale == null) {
            return TenantLocale.DEFAULT;
        }
        String zone;
        try {
            zone = ZoneId.of(locale.timeZone().strip()).getId();
        } catch (DateTimeException e) {
            throw ProblemException.badField(prefix + "timeZone", FieldCode.TIME_ZONE);
        }
        try {
            Currency.getInstance(locale.currency());
        } catch (IllegalArgumentException e) {
            throw ProblemException.badField(prefix + "currency", FieldCode.CURRENCY_CODE);
        }
        return new TenantLocale(zone, locale.currency(), locale.defaultLocale());
    }
}
