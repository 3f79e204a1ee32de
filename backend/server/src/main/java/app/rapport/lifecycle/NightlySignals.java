package app.rapport.lifecycle;

import app.rapport.platform.tenant.NightlyJob;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.LocalTime;

/** Computes the tenant's lifecycle signals and care cadence check-ins once a night (02:45 the tenant's time). */
@Singleton
@Requires(property = "rapport.lifecycle.nightly", notEquals = "false")
class NightlySignals implements NightlyJob {
    private final Suggestions suggestions;
    private final LocalTime at;

    NightlySignals(Suggestions suggestions, @Value("${rapport.lifecycle.nightly-at:`02:45`}") String at) {
        this.suggestions = suggestions;
        this.at = LocalTime.parse(at);
    }

    @Override
    public String name() {
        return "signals";
    }

    @Override
    public LocalTime at() {
        return at;
    }

    @Override
    public String run() {
        var run = suggestions.computeAll();
        return run.clients() + " clients, " + run.suggested() + " suggested, " + run.withdrawn() + " withdrawn, "
                + run.checkInsScheduled() + " check-ins in " + run.millis() + " ms";
    }
}
