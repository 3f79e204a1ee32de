package app.rapport.client;

import app.rapport.api.client.ClientView;
import app.rapport.api.client.ContactWrite;
import app.rapport.api.operator.CreateTenant;
import app.rapport.api.operator.TenantDeletion;
import app.rapport.api.operator.TenantLocale;
import app.rapport.support.Fixtures;
import app.rapport.support.RoleMatrix.Endpoint;
import app.rapport.support.RoleMatrixTest;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import java.util.List;
import java.util.function.Supplier;

/**
 * Every role against every endpoint, with the status it must get. Writes that are allowed run against a fresh
 * client each time, so the order of the rows does not matter.
 */
class ClientRoleMatrixTest extends RoleMatrixTest {
    private static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint("GET /clients", 401, 403, 200, 200, 200),
            new Endpoint("GET /clients/{id}", 401, 403, 200, 200, 200),
            new Endpoint("POST /clients", 401, 403, 201, 201, 403),
            new Endpoint("PUT /clients/{id}", 401, 403, 200, 200, 403),
            new Endpoint("DELETE /clients/{id}", 401, 403, 204, 204, 403),
            new Endpoint("GET /clients/{id}/contacts", 401, 403, 200, 200, 200),
            // one item of each list, where a new item's Location points: an id that names nothing answers 404
            new Endpoint("GET /clients/{id}/contacts/{none}", 401, 403, 404, 404, 404),
            new Endpoint("POST /clients/{id}/contacts", 401, 403, 201, 201, 403),
            new Endpoint("PUT /clients/{id}/contacts/{cid}", 401, 403, 200, 200, 403),
            new Endpoint("DELETE /clients/{id}/contacts/{cid}", 401, 403, 204, 204, 403),
            new Endpoint("GET /workspace", 401, 403, 200, 200, 200),
            new Endpoint("GET /operator/tenants", 401, 200, 403, 403, 403),
            new Endpoint("GET /operator/tenants/{slug}", 401, 200, 403, 403, 403),
            new Endpoint("POST /operator/tenants", 401, 409, 403, 403, 403),
            new Endpoint("POST /operator/tenants/{slug}/suspend", 401, 409, 403, 403, 403),
            new Endpoint("POST /operator/tenants/{slug}/resume", 401, 200, 403, 403, 403),
            new Endpoint("GET /operator/tenants/migrations/{id}", 401, 404, 403, 403, 403),
            // nine workers are too many: the operator passes the role check and the rule answers, no run starts
            new Endpoint("POST /operator/tenants/migrations?workers=9", 401, 400, 403, 403, 403),
            new Endpoint("GET /operator/tenants/health", 401, 200, 403, 403, 403),
            new Endpoint("GET /operator/tenants/{slug}/export", 401, 200, 403, 403, 403),
            new Endpoint("POST /operator/tenants/{slug}/restore", 401, 409, 403, 403, 403),
            new Endpoint("POST /operator/tenants/{slug}/retry", 401, 409, 403, 403, 403),
            new Endpoint("POST /operator/tenants/{slug}/deletion", 401, 409, 403, 403, 403),
            new Endpoint("PUT /workspace/locale", 401, 403, 200, 403, 403));

    @Override
    protected List<Endpoint> endpoints() {
        return ENDPOINTS;
    }

    /** Builds the request; routes that need an existing client get a fresh one made by the tenant admin. */
    @Override
    protected MutableHttpRequest<?> request(HttpMethod method, String endpointPath) {
        String path = "/api/v1"
                + endpointPath.replace("{none}", java.util.UUID.randomUUID().toString());
        Supplier<ClientView> client = () -> read(
                send(
                        "harbour.admin",
                        HttpRequest.POST("/api/v1/clients", Fixtures.organisation(Fixtures.unique("Matrix")))),
                ClientView.class);
        Object body = null;
        String ifMatch = null;
        if (path.contains("{id}")) {
            ClientView c = client.get();
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
