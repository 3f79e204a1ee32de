package app.rapport.platform.tenant;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;

/** Ticks {@link NightlyRuns} every few minutes (off with {@code rapport.nightly.enabled=false}, as in tests). */
@Singleton
@Requires(property = "rapport.nightly.enabled", notEquals = "false")
class NightlyTicker {
    private final NightlyRuns runs;

    NightlyTicker(NightlyRuns runs) {
        this.runs = runs;
    }

    @Scheduled(fixedDelay = "${rapport.nightly.tick:5m}", initialDelay = "${rapport.nightly.first-tick:1m}")
    void tick() {
        runs.tick();
    }
}
