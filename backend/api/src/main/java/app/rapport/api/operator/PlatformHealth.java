package app.rapport.api.operator;

import io.micronaut.serde.annotation.Serdeable;
import java.util.Map;

/**
 * The platform's state for its operator (anonymous {@code /health} says only UP or DOWN): tenants in the catalog by
 * status, how many lag the code's schema version, and the tenant pool's schema switches (made, skipped because the
 * connection was already on the tenant's schema).
 */
@Serdeable
public record PlatformHealth(
        int tenants,
        Map<TenantStatus, Integer> byStatus,
        long lagging,
        String schemaVersion,
        long schemaSwitches,
        long schemaSwitchesSkipped) {}
