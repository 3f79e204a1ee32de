package app.rapport.platform.tenant;

import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.AbstractHealthIndicator;
import io.micronaut.management.health.indicator.annotation.Readiness;
import jakarta.inject.Singleton;
import java.util.Map;

/**
 * Readiness: the control database answers and the catalog can be read. Anonymous callers see UP or DOWN only (details
 * are never shown on {@code /health}); the operator reads the platform's figures at {@code /api/v1/operator/tenants/health}.
 */
@Singleton
@Readiness
final class CatalogHealthIndicator extends AbstractHealthIndicator<Map<String, Object>> {
    private final TenantCatalog catalog;

    CatalogHealthIndicator(TenantCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    protected Map<String, Object> getHealthInformation() {
        catalog.all();
        healthStatus = HealthStatus.UP;
        return Map.of();
    }

    @Override
    protected String getName() {
        return "catalog";
    }
}
