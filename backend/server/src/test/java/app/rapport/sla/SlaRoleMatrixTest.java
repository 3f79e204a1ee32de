package app.rapport.sla;

import app.rapport.complaint.ServiceLevelApiTest;
import app.rapport.support.RoleMatrix.Endpoint;
import app.rapport.support.RoleMatrixTest;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import java.util.List;
import java.util.UUID;

/**
 * Every role against the service-level policies: everyone reads them, only admins set them. The writes carry a stale
 * If-Match, so that the role, not the rule, is what differs — and HARBOUR's policy stays as it is.
 */
class SlaRoleMatrixTest extends RoleMatrixTest {
    private static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint("GET /sla-policy", 401, 403, 200, 200, 200),
            new Endpoint("PUT /sla-policy", 401, 403, 412, 403, 403),
            new Endpoint("GET /tiers/{tier}/sla-policy", 401, 403, 200, 200, 200),
            new Endpoint("PUT /tiers/{tier}/sla-policy", 401, 403, 412, 403, 403),
            new Endpoint("DELETE /tiers/{none}/sla-policy", 401, 403, 404, 403, 403));

    @Override
    protected List<Endpoint> endpoints() {
        return ENDPOINTS;
    }

    @Override
    protected MutableHttpRequest<?> request(HttpMethod method, String endpointPath) {
        String path = endpointPath.replace("{none}", UUID.randomUUID().toString());
        if (path.contains("{tier}")) {
            path = path.replace("{tier}", harbourTier());
        }
        MutableHttpRequest<Object> r = HttpRequest.create(method, "/api/v1" + path);
        if (method == HttpMethod.PUT) {
            r.body(ServiceLevelApiTest.policy(60)).header("If-Match", "\"999\"");
        }
        return r;
    }
}
