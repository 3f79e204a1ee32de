package app.rapport.inbox;

import app.rapport.support.RoleMatrix.Endpoint;
import app.rapport.support.RoleMatrixTest;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import java.util.List;
import java.util.UUID;

/** Every role against the inbox: every member of a tenant has one; a notice that is not one's own is not there (404). */
class InboxRoleMatrixTest extends RoleMatrixTest {
    private static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint("GET /inbox", 401, 403, 200, 200, 200),
            new Endpoint("POST /inbox/{none}/read", 401, 403, 404, 404, 404),
            new Endpoint("POST /inbox/read", 401, 403, 200, 200, 200));

    @Override
    protected List<Endpoint> endpoints() {
        return ENDPOINTS;
    }

    @Override
    protected MutableHttpRequest<?> request(HttpMethod method, String path) {
        MutableHttpRequest<Object> r = HttpRequest.create(
                method, "/api/v1" + path.replace("{none}", UUID.randomUUID().toString()));
        if (method == HttpMethod.POST) {
            r.body("");
        }
        return r;
    }
}
