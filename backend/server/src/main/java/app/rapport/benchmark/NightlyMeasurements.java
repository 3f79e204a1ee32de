package app.rapport.benchmark;

import app.rapport.platform.tenant.TenantCatalog;
import app.rapport.platform.tenant.TenantScope;
import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Measures every servable tenant's computed benchmark metrics once a night into their series. */
@Singleton
@Requires(property = "rapport.benchmark.nightly", notEquals = "false")
class NightlyMeasurements {
    private static final Logger LOG = LoggerFactory.getLogger(NightlyMeasurements.class);

    private final TenantCatalog tenants;
    private final Targets targets;

    NightlyMeasurements(TenantCatalog tenants, Targets targets) {
        this.tenants = tenants;
        this.targets = targets;
    }

    @Scheduled(cron = "${rapport.benchmark.nightly-cron:0 15 3 * * *}")
    void run() {
        tenants.servable().forEach(tenant -> {
            try {
                var run = TenantScope.call(tenant, targets::computeAll);
                LOG.info(
                        "benchmarks of {}: {} computed targets, {} measured, {} without data, {} ms",
                        tenant.slug(),
                        run.targets(),
                        run.measured(),
                        run.withoutData(),
                        run.millis());
            } catch (RuntimeException e) {
                LOG.warn("benchmarks of {} failed", tenant.slug(), e);
            }
        });
    }
}
