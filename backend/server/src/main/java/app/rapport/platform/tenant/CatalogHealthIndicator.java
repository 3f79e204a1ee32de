package app.rapport.platform.tenant;

import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.AbstractHealthIndicator;
import io.micronaut.management.health.indicator.annotation.Readiness;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Readiness: the control database answers and the catalog can be read; reports tenants by status and lag. */
@Singleton
@Readiness
final class CatalogHealthIndicator extends AbstractHealthIndicator<Map<String, Object>> {
    private final TenantCatalog catalog;
    private final SchemaSwitch schemaSwitch;

    CatalogHealthIndicator(TenantCatalog catalog, SchemaSwitch schemaSwitch) {
        this.catalog = catalog;
        this.schemaSwitch = schemaSwitch;
    }

    @Override
    protected Map<String, Object> getHealthInformation() {
        List<TenantRow> all = catalog.all();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("tenants", all.size());
        for (TenantRow t : all) {
            details.merge(t.status().name().toLowerCase(), 1, (a, b) -> (Integer) a + (Integer) b);
        }
        details.put(
                "lagging",
                all.stream()
                        .filter(t -> !TenantSchema.isCurrent(t.schemaVersion()))
                        .count());
        details.put("schemaVersion", TenantSchema.CURRENT_VERSION);
        details.put("schemaSwitches", schemaSwitch.switches());
        details.put("schemaSwitchesSkipped", schemaSwitch.skips());
        healthStatus = HealthStatus.UP;
        return details;
    }

    @Override
    protected String getName() {
        return "catalog";
    }
}
