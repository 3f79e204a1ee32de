package app.rapport.platform.tenant;

import app.rapport.api.operator.TenantLocale;
import app.rapport.api.workspace.WorkspaceOperations;
import app.rapport.api.workspace.WorkspaceView;
import app.rapport.platform.audit.AuditLog;
import app.rapport.platform.security.Roles;
import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.Instant;

/**
 * The caller's own workspace: which tenant the token's claim resolved to, by name, with its clock, money and default
 * language; its admins change the latter. Never another tenant's.
 */
@Controller("/api/v1/workspace")
@Secured({Roles.TENANT_ADMIN, Roles.ACCOUNT_MANAGER, Roles.SERVICE_STAFF})
@Tag(name = "workspace")
@SecurityRequirement(name = "bearer")
@ExecuteOn(TaskExecutors.BLOCKING)
class WorkspaceController implements WorkspaceOperations {
    private final TenantCatalog catalog;
    private final AuditLog audit;
    private final Clock clock;

    WorkspaceController(TenantCatalog catalog, AuditLog audit, Clock clock) {
        this.catalog = catalog;
        this.audit = audit;
        this.clock = clock;
    }

    @Operation(summary = "The caller's tenant: slug, display name, time zone, currency and default language")
    @Override
    public WorkspaceView workspace() {
        return view(row());
    }

    @Secured(Roles.TENANT_ADMIN)
    @Operation(summary = "Change the workspace's time zone (IANA), currency (ISO 4217) and default language")
    @Override
    public WorkspaceView changeLocale(@Valid TenantLocale locale) {
        TenantRow before = row();
        TenantLocale checked = TenantLocales.checked(locale, "");
        TenantRow after = catalog.update(before.withLocale(checked, Instant.now(clock)));
        audit.record("UPDATE", "tenant-locale", before.id(), before.locale(), after.locale());
        return view(after);
    }

    private TenantRow row() {
        Tenant tenant = TenantScope.current().orElseThrow(() -> new IllegalStateException("no tenant in scope"));
        return catalog.find(tenant.slug()).orElseThrow(() -> new IllegalStateException("tenant vanished"));
    }

    private static WorkspaceView view(TenantRow row) {
        return new WorkspaceView(row.slug(), row.displayName(), row.locale());
    }
}
