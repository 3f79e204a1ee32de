package app.rapport.tier;

import app.rapport.platform.tenant.TenantCatalog;
import app.rapport.platform.tenant.TenantScope;
import app.rapport.platform.web.ProblemException;
import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Classifies every servable tenant's clients once a night; a tenant without tiers is skipped, a failure logged. */
@Singleton
@Requires(property = "rapport.tiers.nightly", notEquals = "false")
class NightlyClassification {
    private static final Logger LOG = LoggerFactory.getLogger(NightlyClassification.class);

    private final TenantCatalog tenants;
    private final ClassifyTiers classify;

    NightlyClassification(TenantCatalog tenants, ClassifyTiers classify) {
        this.tenants = tenants;
        this.classify = classify;
    }

    @Scheduled(cron = "${rapport.tiers.nightly-cron:0 15 2 * * *}")
    void run() {
        tenants.servable().forEach(tenant -> {
            try {
                var result = TenantScope.call(tenant, classify::run);
                LOG.info(
                        "tiers of {}: {} clients, {} changed in {} ms",
                        tenant.slug(),
                        result.evaluated(),
                        result.changed(),
                        result.millis());
            } catch (ProblemException e) {
                LOG.info("tiers of {} not classified: {}", tenant.slug(), e.getMessage());
            } catch (RuntimeException e) {
                LOG.warn("tiers of {} failed", tenant.slug(), e);
            }
        });
    }
}
