package app.rapport.support;

import app.rapport.api.client.ClientView;
import app.rapport.api.client.ContactWrite;
import app.rapport.api.operator.CreateTenant;
import app.rapport.api.operator.TenantDeletion;
import app.rapport.api.operator.TenantLocale;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;

/**
 * The requests of the client and tenant role matrices: a route under a client gets a fresh one made by the tenant
 * admin; suspending and resuming act on a tenant of their own, so that HARBOUR stays active for the other rows.
 */
public abstract class ClientAndTenantRoleMatrix extends RoleMatrixTest {

    /** Builds the request; every request gets a fresh client made by the tenant admin. */
    @Override
    protected MutableHttpRequest<?> request(HttpMethod method, String endpointPath) {
        String path = "/api/v1"
                + endpointPath.replace("{none}", java.util.UUID.randomUUID().toString());
        // a client of this tenant for every row: a route names it, a list of the other tenant must not show it
        ClientView c = made("/clients", Fixtures.organisation(Fixtures.unique("Matrix")), ClientView.class);
        Object body = null;
        String ifMatch = null;
        if (path.contains("{id}")) {
            path = path.replace("{id}", c.id())
                    .replace("{cid}", c.contacts().get(0).id());
            ifMatch = "\"" + c.version() + "\"";
        }
        // suspend and resume act on a suspended tenant of this test: HARBOUR must stay active for the other rows,
        // resuming it succeeds, and suspending it again is a 409 for the operator (the rule, not the role, answers)
        if (path.endsWith("/resume") || path.endsWith("/suspend")) {
            ensureTenant("matrix-paused", "Matrix Paused", "matrix.admin@example.test");
            send("operator", HttpRequest.POST("/api/v1/operator/tenants/matrix-paused/suspend", ""));
            path = path.replace("{slug}", "matrix-paused");
        }
        // a fresh invitation replaces the first admin's password: never HARBOUR's, whose admin the other rows sign in
        // as
        if (path.endsWith("/admin-password")) {
            ensureTenant("matrix-invite", "Matrix Invite", "matrix.invite@example.test");
            path = path.replace("{slug}", "matrix-invite");
        }
        path = path.replace("{slug}", HARBOUR).replace("migrations/{id}", "migrations/" + java.util.UUID.randomUUID());
        if (method == HttpMethod.POST || method == HttpMethod.PUT) {
            if (path.endsWith("/contacts") || path.contains("/contacts/")) {
                body = new ContactWrite("Matrix Contact", null, null, null, false);
            } else if (path.endsWith("/operator/tenants")) {
                body = new CreateTenant(HARBOUR, "Harbour Hotel", "harbour.admin@example.test");
            } else if (path.endsWith("/deletion")) {
                body = new TenantDeletion(
                        HARBOUR); // HARBOUR is active: the rule (suspend first), not the role, answers
            } else if (path.endsWith("/workspace/locale")) {
                body = TenantLocale.DEFAULT; // the tenant's clock as it is: the other rows keep their dates
            } else if (path.endsWith("/restore")) {
                MutableHttpRequest<byte[]> zip = HttpRequest.POST(path, new byte[] {'P', 'K'});
                return zip.contentType(MediaType.of("application/zip"));
            } else if (path.contains("/clients/imports")) {
                body = new app.rapport.api.client.ClientImport(
                        "name,city\n" + Fixtures.unique("Matrix Import") + ",Qingdao\n", null, false);
            } else if (path.startsWith("/api/v1/clients")) {
                body = Fixtures.person(Fixtures.unique("Matrix Person"));
            } else {
                body = "";
            }
        }
        MutableHttpRequest<?> r = HttpRequest.create(method, path);
        if (body != null) {
            ((MutableHttpRequest<Object>) r).body(body);
        }
        if (ifMatch != null && method == HttpMethod.PUT && !path.contains("/contacts/")) {
            r.header("If-Match", ifMatch);
        }
        return r;
    }
}
