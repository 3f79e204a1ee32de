package app.rapport.platform.tenant;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;

/** Ticks {@link MinuteRuns} every minute (off with {@code rapport.minute.enabled=false}, as in tests). */
@Singleton
@Requires(property = "rapport.minute.enabled", notEquals = "false")
class MinuteTicker {
    private final MinuteRuns runs;

    MinuteTicker(MinuteRuns runs) {
        this.runs = runs;
    }

    @Scheduled(fixedDelay = "${rapport.minute.tick:1m}", initialDelay = "${rapport.minute.first-tick:1m}")
    void tick() {
        runs.tick();
    }
}
