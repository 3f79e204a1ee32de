package app.rapport.lifecycle;

import app.rapport.support.RelationshipRoleMatrix;
import app.rapport.support.RoleMatrix.Endpoint;
import java.util.List;

/**
 * Every role against the lifecycle: everyone reads stages, timelines, strategies and the portfolio; account managers
 * move clients and decide suggestions; only admins write strategies; staff never change a stage.
 */
class LifecycleRoleMatrixTest extends RelationshipRoleMatrix {
    private static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint("GET /clients/{id}/stage", 401, 403, 200, 200, 200),
            new Endpoint("POST /clients/{id}/stage-changes", 401, 403, 200, 200, 403),
            new Endpoint("PUT /clients/{id}/owner", 401, 403, 200, 200, 403),
            new Endpoint("POST /clients/{id}/signals", 401, 403, 200, 200, 403),
            new Endpoint("GET /clients/{id}/timeline", 401, 403, 200, 200, 200),
            new Endpoint("GET /suggestions", 401, 403, 200, 200, 403),
            new Endpoint("POST /suggestions/computations", 401, 403, 200, 200, 403),
            new Endpoint("POST /suggestions/{suggestion}/acceptance", 401, 403, 200, 200, 403),
            new Endpoint("POST /suggestions/{suggestion}/dismissal", 401, 403, 200, 200, 403),
            new Endpoint("GET /playbook", 401, 403, 200, 200, 200),
            // one item of each list, where a new item's Location points: an id that names nothing answers 404
            new Endpoint("GET /playbook/{none}", 401, 403, 404, 404, 404),
            new Endpoint("POST /playbook", 401, 403, 201, 403, 403),
            new Endpoint("PUT /playbook/{step}", 401, 403, 200, 403, 403),
            new Endpoint("DELETE /playbook/{step}", 401, 403, 204, 403, 403),
            new Endpoint("GET /portfolio", 401, 403, 200, 200, 403));

    @Override
    protected List<Endpoint> endpoints() {
        return ENDPOINTS;
    }
}
