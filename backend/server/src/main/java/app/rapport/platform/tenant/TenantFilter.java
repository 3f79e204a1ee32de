package app.rapport.platform.tenant;

import app.rapport.api.common.ProblemCode;
import app.rapport.api.operator.TenantStatus;
import app.rapport.platform.web.Problems;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.core.propagation.MutablePropagatedContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.authentication.Authentication;
import java.util.Optional;

/**
 * Resolves the tenant of every tenant API request, after the token has been verified: the token's {@code tenant}
 * claim, checked against the catalog. No claim: 401. Unknown, suspended or not yet provisioned: 403. Schema behind
 * the code: 503. Only then does the tenant enter the request's propagated context. No header ever selects a tenant.
 */
@ServerFilter("/api/v1/**")
final class TenantFilter implements Ordered {
    private final TenantCatalog catalog;

    TenantFilter(TenantCatalog catalog) {
        this.catalog = catalog;
    }

    @RequestFilter
    @ExecuteOn(TaskExecutors.BLOCKING)
    @Nullable
    HttpResponse<?> resolve(HttpRequest<?> request, MutablePropagatedContext context) {
        if (request.getPath().startsWith("/api/v1/operator")
                || request.getPath().startsWith("/api/v1/public/")) {
            return null;
        }
        Optional<Authentication> auth = request.getUserPrincipal(Authentication.class);
        if (auth.isEmpty()) {
            return null; // the route is open or security has already answered
        }
        if (!(auth.get().getAttributes().get("tenant") instanceof String slug) || slug.isBlank()) {
            return Problems.response(request, ProblemCode.NO_TENANT, "the access token names no tenant");
        }
        Optional<TenantRow> row = catalog.lookup(slug);
        if (row.isEmpty()) {
            return Problems.response(request, ProblemCode.UNKNOWN_TENANT, "tenant " + slug + " does not exist");
        }
        TenantRow t = row.get();
        if (t.status() == TenantStatus.SUSPENDED) {
            return Problems.response(request, ProblemCode.TENANT_SUSPENDED, "tenant " + slug + " is suspended");
        }
        if (t.status() != TenantStatus.ACTIVE) {
            return Problems.response(
                    request,
                    ProblemCode.TENANT_NOT_ACTIVE,
                    "tenant " + slug + " is " + t.status().name().toLowerCase());
        }
        if (!TenantSchema.isCurrent(t.schemaVersion())) {
            return Problems.response(
                    request,
                    ProblemCode.TENANT_MIGRATING,
                    "tenant " + slug + " is being migrated to a new version; try again shortly");
        }
        context.add(new TenantScope(t.tenant()));
        return null;
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.after();
    }
}
