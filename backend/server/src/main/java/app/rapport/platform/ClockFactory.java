package app.rapport.platform;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;

/**
 * Time comes from an injected clock, so that tests can fix it. The clock is the tenant's: its zone is the time zone
 * of the tenant the current work runs for (UTC outside any tenant), so every {@code LocalDate.now(clock)} is that
 * tenant's today.
 */
@Factory
class ClockFactory {
    @Singleton
    Clock clock(TenantZone zone) {
        return new TenantClock(Clock.systemUTC(), zone);
    }
}
