package app.rapport.api.workspace;

import app.rapport.api.operator.TenantLocale;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;

/**
 * The caller's own workspace under {@code /api/v1/workspace}.
 *
 * <p>The contract: each route is declared here once; the server's controller implements it and the declarative
 * client extends it.
 */
public interface WorkspaceOperations {
    @Get
    WorkspaceView workspace();

    /** Tenant admins: the workspace's time zone, currency and default language. */
    @Put("/locale")
    WorkspaceView changeLocale(@Body TenantLocale locale);
}
