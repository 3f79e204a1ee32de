package app.rapport.platform.tenant;

import app.rapport.api.common.FieldCode;
import app.rapport.api.common.PageView;
import app.rapport.api.common.ProblemCode;
import app.rapport.api.operator.AdminCredentials;
import app.rapport.api.operator.CreateTenant;
import app.rapport.api.operator.MigrationRunView;
import app.rapport.api.operator.OperatorOperations;
import app.rapport.api.operator.PlatformHealth;
import app.rapport.api.operator.ProvisionedTenant;
import app.rapport.api.operator.RestoreResult;
import app.rapport.api.operator.TableChecksum;
import app.rapport.api.operator.TenantDeletion;
import app.rapport.api.operator.TenantDetail;
import app.rapport.api.operator.TenantStatus;
import app.rapport.api.operator.TenantView;
import app.rapport.platform.security.Actor;
import app.rapport.platform.security.Roles;
import app.rapport.platform.web.Paging;
import app.rapport.platform.web.ProblemException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The platform operator's view of tenants: catalog, provisioning, suspension and the migration job. */
@Controller("/api/v1/operator/tenants")
@Secured(Roles.OPERATOR)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "operator")
@SecurityRequirement(name = "bearer")
class OperatorController implements OperatorOperations {
    private final TenantCatalog catalog;
    private final ProvisionTenant provisioning;
    private final TenantMigrationJob migrations;
    private final OperatorAudit audit;
    private final Actor actor;
    private final SchemaSwitch schemaSwitch;
    private final TenantDataTransfer transfer;
    private final DeleteTenant deletions;
    private final TenantDetails details;

    OperatorController(
            TenantCatalog catalog,
            ProvisionTenant provisioning,
            TenantMigrationJob migrations,
            OperatorAudit audit,
            Actor actor,
            SchemaSwitch schemaSwitch,
            TenantDataTransfer transfer,
            DeleteTenant deletions,
            TenantDetails details) {
        this.details = details;
        this.schemaSwitch = schemaSwitch;
        this.transfer = transfer;
        this.deletions = deletions;
        this.catalog = catalog;
        this.provisioning = provisioning;
        this.migrations = migrations;
        this.audit = audit;
        this.actor = actor;
    }

    @Operation(summary = "The tenant catalog by slug, paged: a status or all; q in the slug, name or admin e-mail")
    @Override
    public PageView<TenantView> tenants(
            @Nullable @Size(max = 100) String q,
            @Nullable TenantStatus status,
            @Nullable Integer page,
            @Nullable Integer size) {
        Paging paging = Paging.of(page, size, 200);
        var found = catalog.search(q, status, paging.page(), paging.size());
        return new PageView<>(
                found.getContent().stream().map(TenantCatalog::view).toList(),
                paging.page(),
                paging.size(),
                found.getTotalSize());
    }

    @Operation(summary = "One tenant: catalog entry, migration history, first admin's account, clients, users, storage")
    @Override
    public TenantDetail detail(String slug) {
        return details.of(slug);
    }

    @Operation(summary = "A fresh invitation for the first admin: a new temporary password, shown once")
    @Override
    public AdminCredentials resetAdminPassword(String slug) {
        return details.resetAdminPassword(slug, actor.name());
    }

    @Override
    public TenantView tenant(String slug) {
        return TenantCatalog.view(row(slug));
    }

    @Override
    public HttpResponse<ProvisionedTenant> create(@Valid CreateTenant command) {
        ProvisionedTenant result = provisioning.provision(command, actor.name());
        return HttpResponse.created(result, URI.create("/api/v1/operator/tenants/" + command.slug()));
    }

    @Override
    public TenantView suspend(String slug) {
        return move(slug, TenantStatus.ACTIVE, TenantStatus.SUSPENDED, "SUSPEND");
    }

    @Override
    public TenantView resume(String slug) {
        return move(slug, TenantStatus.SUSPENDED, TenantStatus.ACTIVE, "RESUME");
    }

    @Override
    public HttpResponse<MigrationRunView> migrate(@Nullable Integer workers) {
        if (workers != null && (workers < 2 || workers > 4)) {
            throw ProblemException.badField("workers", FieldCode.RANGE, "min", 2, "max", 4);
        }
        MigrationRunView run = migrations.start(workers == null ? 0 : workers);
        return HttpResponse.accepted(URI.create("/api/v1/operator/tenants/migrations/" + run.id()))
                .body(run);
    }

    @Override
    public MigrationRunView migration(String id) {
        return migrations.find(id);
    }

    @Operation(summary = "The tenant's whole data as a zip: a JSON file per table and a manifest with checksums")
    @Override
    public HttpResponse<byte[]> export(String slug) {
        TenantArchive.Export export = transfer.export(slug, actor.name());
        return HttpResponse.ok(export.zip())
                .contentType(MediaType.of("application/zip"))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"tenant-" + slug + ".zip\"");
    }

    @Operation(
            summary = "Load an export into a freshly provisioned tenant of the same schema version (checked by"
                    + " checksums; 409 when the tenant has clients, 422 when the zip does not fit)")
    @Override
    public RestoreResult restore(String slug, byte[] zip) {
        return new RestoreResult(
                slug,
                transfer.restore(slug, zip, actor.name()).stream()
                        .map(t -> new TableChecksum(t.table(), t.rows(), t.sha256()))
                        .toList());
    }

    @Operation(summary = "Provision a FAILED tenant again with its name, admin and locale")
    @Override
    public HttpResponse<ProvisionedTenant> retry(String slug) {
        return HttpResponse.ok(provisioning.retry(slug, actor.name()));
    }

    @Operation(
            summary = "Delete a suspended or failed tenant for good (confirm by its slug): schema dropped, users"
                    + " removed from Keycloak, the catalog entry kept as DELETED and the slug reserved")
    @Override
    public TenantView delete(String slug, @Valid TenantDeletion deletion) {
        return deletions.delete(slug, deletion.confirm(), actor.name());
    }

    @Operation(summary = "The platform's state: tenants by status, schemas lagging the code, schema switches")
    @Override
    public PlatformHealth health() {
        List<TenantRow> all = catalog.all();
        Map<TenantStatus, Integer> byStatus = new EnumMap<>(TenantStatus.class);
        all.forEach(t -> byStatus.merge(t.status(), 1, Integer::sum));
        return new PlatformHealth(
                all.size(),
                byStatus,
                all.stream()
                        .filter(t -> !TenantSchema.isCurrent(t.schemaVersion()))
                        .count(),
                TenantSchema.CURRENT_VERSION,
                schemaSwitch.switches(),
                schemaSwitch.skips());
    }

    private TenantView move(String slug, TenantStatus from, TenantStatus to, String action) {
        TenantRow before = row(slug);
        TenantRow after = catalog.move(slug, from, to)
                .orElseThrow(() -> new ProblemException(
                        ProblemCode.INVALID_STATUS,
                        "tenant " + slug + " is " + row(slug).status() + "; only a " + from + " tenant can be moved to "
                                + to));
        audit.record(actor.name(), action, slug, before, after);
        return TenantCatalog.view(after);
    }

    private TenantRow row(String slug) {
        return catalog.find(slug).orElseThrow(() -> ProblemException.notFound("tenant " + slug));
    }
}
