package app.rapport.api.workspace;

import app.rapport.api.operator.TenantLocale;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.client.annotation.Client;

/** The workspace API as a declarative client: {@code /api/v1/workspace}, always the caller's own tenant. */
@Client(id = "rapport-api", path = "/api/v1/workspace")
public interface WorkspaceApi {
    @Get
    WorkspaceView workspace();

    /** Tenant admins: the workspace's time zone, currency and default language. */
    @Put("/locale")
    WorkspaceView changeLocale(@Body TenantLocale locale);
}
