package app.rapport.api.operator;

import app.rapport.api.common.PageView;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;

/**
 * The platform operator's tenant catalog: provisioning, suspension, migrations, export, restore, deletion.
 *
 * <p>The contract: each route is declared here once; the server's controller implements it and the declarative
 * client extends it.
 */
public interface OperatorOperations {
    String ZIP = "application/zip";

    @Get
    PageView<TenantView> tenants(
            @Nullable @QueryValue String q,
            @Nullable @QueryValue TenantStatus status,
            @Nullable @QueryValue Integer page,
            @Nullable @QueryValue Integer size);

    @Get("/{slug}")
    TenantView tenant(@PathVariable String slug);

    @Get("/{slug}/detail")
    TenantDetail detail(@PathVariable String slug);

    @Post("/{slug}/admin-password")
    AdminCredentials resetAdminPassword(@PathVariable String slug);

    @Post
    HttpResponse<ProvisionedTenant> create(@Body CreateTenant command);

    @Post("/{slug}/suspend")
    TenantView suspend(@PathVariable String slug);

    @Post("/{slug}/resume")
    TenantView resume(@PathVariable String slug);

    @Post("/migrations")
    HttpResponse<MigrationRunView> migrate(@Nullable @QueryValue Integer workers);

    @Get("/migrations/{id}")
    MigrationRunView migration(@PathVariable String id);

    /** The tenant's whole data as a zip (a JSON file per table and a manifest with checksums). */
    @Get(value = "/{slug}/export", produces = ZIP, consumes = ZIP)
    HttpResponse<byte[]> export(@PathVariable String slug);

    /**
     * Loads an export into a freshly provisioned tenant (no clients yet) of the same schema version. The server
     * consumes a zip; {@link OperatorApi} says once more that the client sends one (for a client, {@code produces} is
     * the type of the body it sends, for a server the type of the answer).
     */
    @Post(value = "/{slug}/restore", consumes = ZIP)
    RestoreResult restore(@PathVariable String slug, @Body byte[] zip);

    /** Provisions a FAILED tenant again with what it was first asked for. */
    @Post("/{slug}/retry")
    HttpResponse<ProvisionedTenant> retry(@PathVariable String slug);

    /** Deletes a suspended (or failed) tenant: schema dropped, users removed, entry kept as DELETED. */
    @Post("/{slug}/deletion")
    TenantView delete(@PathVariable String slug, @Body TenantDeletion deletion);

    /** The platform's state: tenants by status, lagging schemas, schema switches. */
    @Get("/health")
    PlatformHealth health();
}
