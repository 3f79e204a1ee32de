package app.rapport.platform;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/** A clock whose instant is the base clock's and whose zone is the current tenant's (see {@link TenantZone}). */
final class TenantClock extends Clock {
    private final Clock base;
    private final TenantZone zone;

    TenantClock(Clock base, TenantZone zone) {
        this.base = base;
        this.zone = zone;
    }

    @Override
    public ZoneId getZone() {
        return zone.current();
    }

    @Override
    public Clock withZone(ZoneId fixed) {
        return base.withZone(fixed);
    }

    @Override
    public Instant instant() {
        return base.instant();
    }

    @Override
    public long millis() {
        return base.millis();
    }
}
