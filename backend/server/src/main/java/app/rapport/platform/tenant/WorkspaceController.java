package app.rapport.platform.tenant;

import app.rapport.api.workspace.WorkspaceView;
import app.rapport.platform.security.Roles;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The caller's own workspace: which tenant the token's claim resolved to, by name. Never another tenant's. */
@Controller("/api/v1/workspace")
@Secured({Roles.TENANT_ADMIN, Roles.ACCOUNT_MANAGER, Roles.SERVICE_STAFF})
@Tag(name = "workspace")
@ExecuteOn(TaskExecutors.BLOCKING)
class WorkspaceController {
    private final TenantCatalog catalog;

    WorkspaceController(TenantCatalog catalog) {
        this.catalog = catalog;
    }

    @Get
    @Operation(summary = "The caller's tenant: slug and display name")
    WorkspaceView workspace() {
        Tenant tenant = TenantScope.current().orElseThrow(() -> new IllegalStateException("no tenant in scope"));
        TenantRow row = catalog.lookup(tenant.slug()).orElseThrow(() -> new IllegalStateException("tenant vanished"));
        return new WorkspaceView(row.slug(), row.displayName());
    }
}
