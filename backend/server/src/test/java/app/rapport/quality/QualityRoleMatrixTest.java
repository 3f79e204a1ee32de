package app.rapport.quality;

import app.rapport.api.quality.BaselineWrite;
import app.rapport.api.quality.ChartRules;
import app.rapport.support.RoleMatrix.Endpoint;
import app.rapport.support.RoleMatrixTest;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import java.time.LocalDate;
import java.util.List;

/**
 * Every role against the control charts: admins and account managers read them and set their baselines, staff do
 * not. The write carries a stale If-Match, so that the role, not the rule, is what differs.
 */
class QualityRoleMatrixTest extends RoleMatrixTest {
    private static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint("GET /quality/charts/{metric}", 401, 403, 200, 200, 403),
            new Endpoint("PUT /quality/charts/{metric}/baseline", 401, 403, 412, 412, 403));

    @Override
    protected List<Endpoint> endpoints() {
        return ENDPOINTS;
    }

    @Override
    protected MutableHttpRequest<?> request(HttpMethod method, String path) {
        MutableHttpRequest<Object> r = HttpRequest.create(method, "/api/v1" + path.replace("{metric}", "CARE_ON_TIME"));
        if (method == HttpMethod.PUT) {
            LocalDate monday = LocalDate.now().minusWeeks(30);
            r.body(new BaselineWrite(monday, monday.plusWeeks(19), ChartRules.NELSON))
                    .header("If-Match", "\"999\"");
        }
        return r;
    }
}
