package app.rapport.platform;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.validation.validator.DefaultClockProvider;
import jakarta.inject.Singleton;
import jakarta.validation.ClockProvider;
import java.time.Clock;

/**
 * Bean validation's "now" is the tenant's too: {@code @PastOrPresent} and {@code @FutureOrPresent} on a request
 * compare with the tenant's today, not the server's (a due date of "today" in Shanghai is valid in Shanghai).
 */
@Singleton
@Replaces(DefaultClockProvider.class)
final class TenantClockProvider implements ClockProvider {
    private final Clock clock;

    TenantClockProvider(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Clock getClock() {
        return clock;
    }
}
