package app.rapport.calendar;

import app.rapport.support.RoleMatrix.Endpoint;
import app.rapport.support.RoleMatrixTest;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import java.util.List;

/**
 * Every role against the business calendars: everyone reads them, only admins set them. The writes carry a stale
 * If-Match, so that the role, not the rule, is what differs — and HARBOUR's hours stay as they are.
 */
class CalendarRoleMatrixTest extends RoleMatrixTest {
    private static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint("GET /calendar", 401, 403, 200, 200, 200),
            new Endpoint("PUT /calendar", 401, 403, 412, 403, 403),
            new Endpoint("GET /tiers/{tier}/calendar", 401, 403, 200, 200, 200),
            new Endpoint("PUT /tiers/{tier}/calendar", 401, 403, 412, 403, 403),
            new Endpoint("DELETE /tiers/{none}/calendar", 401, 403, 404, 403, 403));

    @Override
    protected List<Endpoint> endpoints() {
        return ENDPOINTS;
    }

    @Override
    protected MutableHttpRequest<?> request(HttpMethod method, String endpointPath) {
        String path = endpointPath.replace("{none}", java.util.UUID.randomUUID().toString());
        if (path.contains("{tier}")) {
            path = path.replace("{tier}", harbourTier());
        }
        MutableHttpRequest<Object> r = HttpRequest.create(method, "/api/v1" + path);
        if (method == HttpMethod.PUT) {
            r.body(CalendarApiTest.officeHours("Asia/Shanghai")).header("If-Match", "\"999\"");
        }
        return r;
    }
}
