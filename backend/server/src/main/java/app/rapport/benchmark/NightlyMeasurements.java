package app.rapport.benchmark;

import app.rapport.platform.tenant.NightlyJob;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.LocalTime;

/** Measures the tenant's computed benchmark metrics once a night (03:15 the tenant's time) into their series. */
@Singleton
@Requires(property = "rapport.benchmark.nightly", notEquals = "false")
class NightlyMeasurements implements NightlyJob {
    private final Targets targets;
    private final LocalTime at;

    NightlyMeasurements(Targets targets, @Value("${rapport.benchmark.nightly-at:`03:15`}") String at) {
        this.targets = targets;
        this.at = LocalTime.parse(at);
    }

    @Override
    public String name() {
        return "benchmarks";
    }

    @Override
    public LocalTime at() {
        return at;
    }

    @Override
    public String run() {
        var run = targets.computeAll();
        return run.targets() + " computed targets, " + run.measured() + " measured, " + run.withoutData()
                + " without data, " + run.millis() + " ms";
    }
}
