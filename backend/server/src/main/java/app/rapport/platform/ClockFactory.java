package app.rapport.platform;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;

/** Time comes from an injected clock, so that tests can fix it. */
@Factory
class ClockFactory {
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }
}
