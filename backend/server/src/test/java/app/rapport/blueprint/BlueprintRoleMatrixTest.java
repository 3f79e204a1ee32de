package app.rapport.blueprint;

import app.rapport.api.blueprint.BlueprintSummary;
import app.rapport.api.blueprint.BlueprintWrite;
import app.rapport.api.blueprint.FlowWrite;
import app.rapport.api.blueprint.Lane;
import app.rapport.api.blueprint.MoveDirection;
import app.rapport.api.blueprint.StepMove;
import app.rapport.api.blueprint.VersionView;
import app.rapport.support.DesignFixtures;
import app.rapport.support.Fixtures;
import app.rapport.support.RoleMatrix.Endpoint;
import app.rapport.support.RoleMatrixTest;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import java.time.LocalDate;
import java.util.List;

/**
 * Every role against every blueprint endpoint: everyone in the tenant reads blueprints, diagrams and performance
 * (staff log touchpoints against them); only tenant admins author, publish and retire; the operator and strangers
 * get nothing. Each allowed write acts on a fresh blueprint imported by the tenant admin.
 */
class BlueprintRoleMatrixTest extends RoleMatrixTest {
    private static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint("GET /blueprints", 401, 403, 200, 200, 200),
            new Endpoint("POST /blueprints", 401, 403, 201, 403, 403),
            new Endpoint("POST /blueprints/imports", 401, 403, 201, 403, 403),
            new Endpoint("GET /blueprints/{blueprint}", 401, 403, 200, 200, 200),
            new Endpoint("PUT /blueprints/{blueprint}", 401, 403, 200, 403, 403),
            new Endpoint("DELETE /blueprints/{blueprint}", 401, 403, 204, 403, 403),
            new Endpoint("POST /blueprints/{publishedBlueprint}/versions", 401, 403, 201, 403, 403),
            new Endpoint("GET /blueprint-versions/{draft}", 401, 403, 200, 200, 200),
            new Endpoint("DELETE /blueprint-versions/{secondDraft}", 401, 403, 204, 403, 403),
            new Endpoint("POST /blueprint-versions/{draft}/steps", 401, 403, 201, 403, 403),
            new Endpoint("PUT /blueprint-versions/{draft}/steps/{step}", 401, 403, 200, 403, 403),
            new Endpoint("POST /blueprint-versions/{draft}/steps/{step}/moves", 401, 403, 200, 403, 403),
            new Endpoint("DELETE /blueprint-versions/{draft}/steps/{step}", 401, 403, 200, 403, 403),
            new Endpoint("POST /blueprint-versions/{draft}/flows", 401, 403, 201, 403, 403),
            new Endpoint("DELETE /blueprint-versions/{draft}/flows/{flow}", 401, 403, 200, 403, 403),
            new Endpoint("POST /blueprint-versions/{draft}/publication", 401, 403, 200, 403, 403),
            new Endpoint("POST /blueprint-versions/{published}/retirement", 401, 403, 200, 403, 403),
            new Endpoint("GET /blueprint-versions/{published}/diagram.svg", 401, 403, 200, 200, 200),
            new Endpoint("GET /blueprint-versions/{published}/diagram.png", 401, 403, 200, 200, 200),
            new Endpoint("GET /blueprint-versions/{published}/performance", 401, 403, 200, 200, 200),
            new Endpoint("GET /touchpoint-steps", 401, 403, 200, 200, 200));

    @Override
    protected List<Endpoint> endpoints() {
        return ENDPOINTS;
    }

    @Override
    protected MutableHttpRequest<?> request(HttpMethod method, String path) {
        BlueprintSummary b = made(
                "/blueprints/imports",
                DesignFixtures.hotelCheckIn(Fixtures.unique("Matrix check-in")),
                BlueprintSummary.class);
        String draftId = b.versions().getFirst().id();
        VersionView draft = read(
                send("harbour.admin", HttpRequest.GET("/api/v1/blueprint-versions/" + draftId)), VersionView.class);
        if (path.contains("{published") || path.contains("{secondDraft}")) {
            send("harbour.admin", HttpRequest.POST("/api/v1/blueprint-versions/" + draftId + "/publication", ""));
        }
        if (path.contains("{secondDraft}")) {
            path = path.replace(
                    "{secondDraft}",
                    made("/blueprints/" + b.id() + "/versions", "", VersionView.class)
                            .id());
        }
        path = path.replace("{publishedBlueprint}", b.id())
                .replace("{blueprint}", b.id())
                .replace("{published}", draftId)
                .replace("{draft}", draftId)
                .replace("{step}", draft.steps().getFirst().id())
                .replace("{flow}", draft.flows().getFirst().id());
        if (path.endsWith("/performance")) {
            path += "?from=" + LocalDate.now().minusDays(30) + "&to=" + LocalDate.now();
        }
        MutableHttpRequest<Object> r = HttpRequest.create(method, "/api/v1" + path);
        Object body = body(method, path, draft);
        if (body != null) {
            r.body(body);
        }
        return r;
    }

    private static Object body(HttpMethod method, String path, VersionView draft) {
        if (method != HttpMethod.POST && method != HttpMethod.PUT) {
            return null;
        }
        if (path.endsWith("/imports")) {
            return DesignFixtures.hotelCheckIn(Fixtures.unique("Matrix import"));
        }
        if (path.matches(".*/blueprints(/[^/]+)?")) {
            return new BlueprintWrite(Fixtures.unique("Matrix blueprint"), null);
        }
        if (path.endsWith("/moves")) {
            return new StepMove(MoveDirection.RIGHT);
        }
        if (path.endsWith("/steps")) {
            return DesignFixtures.step(Lane.SUPPORT_PROCESSES, 5, "Matrix step", null, false, false);
        }
        if (path.contains("/steps/")) {
            return DesignFixtures.step(Lane.CLIENT_ACTIONS, 1, "Arrive at the desk", null, false, false);
        }
        if (path.endsWith("/flows")) {
            return new FlowWrite(draft.steps().get(0).id(), draft.steps().get(1).id());
        }
        return null;
    }
}
