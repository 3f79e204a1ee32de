package app.rapport.platform.tenant;

import io.micronaut.core.propagation.PropagatedContext;
import io.micronaut.core.propagation.PropagatedContextElement;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The tenant the current work runs for, carried in Micronaut's propagated context: set by {@link TenantFilter}
 * for a request (after the token and the catalog are checked), or by a job that works for one tenant.
 */
public record TenantScope(Tenant tenant) implements PropagatedContextElement {

    public static <T> T call(Tenant tenant, Supplier<T> work) {
        try (PropagatedContext.Scope ignored =
                PropagatedContext.getOrEmpty().plus(new TenantScope(tenant)).propagate()) {
            return work.get();
        }
    }

    public static Optional<Tenant> current() {
        return PropagatedContext.getOrEmpty().find(TenantScope.class).map(TenantScope::tenant);
    }
}
