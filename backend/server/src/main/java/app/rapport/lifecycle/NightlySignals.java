package app.rapport.lifecycle;

import app.rapport.platform.tenant.TenantCatalog;
import app.rapport.platform.tenant.TenantScope;
import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Computes every servable tenant's lifecycle signals and care cadence check-ins once a night; failures are logged. */
@Singleton
@Requires(property = "rapport.lifecycle.nightly", notEquals = "false")
class NightlySignals {
    private static final Logger LOG = LoggerFactory.getLogger(NightlySignals.class);

    private final TenantCatalog tenants;
    private final Suggestions suggestions;

    NightlySignals(TenantCatalog tenants, Suggestions suggestions) {
        this.tenants = tenants;
        this.suggestions = suggestions;
    }

    @Scheduled(cron = "${rapport.lifecycle.nightly-cron:0 45 2 * * *}")
    void run() {
        tenants.servable().forEach(tenant -> {
            try {
                var run = TenantScope.call(tenant, suggestions::computeAll);
                LOG.info(
                        "signals of {}: {} clients, {} suggested, {} withdrawn, {} check-ins in {} ms",
                        tenant.slug(),
                        run.clients(),
                        run.suggested(),
                        run.withdrawn(),
                        run.checkInsScheduled(),
                        run.millis());
            } catch (RuntimeException e) {
                LOG.warn("signals of {} failed", tenant.slug(), e);
            }
        });
    }
}
