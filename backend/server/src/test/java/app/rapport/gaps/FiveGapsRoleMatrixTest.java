package app.rapport.gaps;

import app.rapport.api.gaps.DimensionAssessment;
import app.rapport.api.gaps.GapAssessmentWrite;
import app.rapport.api.survey.ServqualDimension;
import app.rapport.support.RoleMatrix.Endpoint;
import app.rapport.support.RoleMatrixTest;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import java.util.Arrays;
import java.util.List;

/**
 * Every role against the five gaps: admins and account managers read them; every member, staff too, reads and answers
 * their own questionnaire. The write carries a stale If-Match, so that the role, not the version, is what differs.
 */
class FiveGapsRoleMatrixTest extends RoleMatrixTest {
    private static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint("GET /five-gaps", 401, 403, 200, 200, 403),
            new Endpoint("GET /five-gaps/my-assessment", 401, 403, 200, 200, 200),
            new Endpoint("PUT /five-gaps/my-assessment", 401, 403, 412, 412, 412));

    @Override
    protected List<Endpoint> endpoints() {
        return ENDPOINTS;
    }

    @Override
    protected MutableHttpRequest<?> request(HttpMethod method, String path) {
        MutableHttpRequest<Object> r = HttpRequest.create(method, "/api/v1" + path);
        if (method == HttpMethod.PUT) {
            r.body(new GapAssessmentWrite(Arrays.stream(ServqualDimension.values())
                            .map(d -> new DimensionAssessment(d, 6, 4))
                            .toList()))
                    .header("If-Match", "\"999\"");
        }
        return r;
    }
}
