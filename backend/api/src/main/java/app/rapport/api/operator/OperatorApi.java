package app.rapport.api.operator;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.client.annotation.Client;
import java.util.List;

/** The platform operator's API: the tenant catalog, provisioning, suspension, tenant migrations. */
@Client(id = "rapport-api", path = "/api/v1/operator/tenants")
public interface OperatorApi {

    @Get
    List<TenantView> tenants();

    @Get("/{slug}")
    TenantView tenant(@PathVariable String slug);

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

    /** The platform's state: tenants by status, lagging schemas, schema switches. */
    @Get("/health")
    PlatformHealth health();
}
