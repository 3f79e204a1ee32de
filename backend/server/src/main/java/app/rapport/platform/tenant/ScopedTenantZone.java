package app.rapport.platform.tenant;

import app.rapport.platform.TenantZone;
import jakarta.inject.Singleton;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** The zone of the tenant in {@link TenantScope}; UTC when the work runs for no tenant. */
@Singleton
final class ScopedTenantZone implements TenantZone {
    @Override
    public ZoneId current() {
        return TenantScope.current().map(Tenant::zone).orElse(ZoneOffset.UTC);
    }
}
