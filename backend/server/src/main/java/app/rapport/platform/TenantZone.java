package app.rapport.platform;

import java.time.ZoneId;

/** The time zone of the tenant the current work runs for; UTC outside any tenant (the operator's work). */
@FunctionalInterface
public interface TenantZone {
    ZoneId current();
}
