package app.rapport.onetoone;

import app.rapport.support.RoleMatrix.Endpoint;
import app.rapport.support.ValueRoleMatrix;
import java.util.List;

/**
 * Every role against the one-to-one records (facts, needs, interactions, offers, consumption, replenishment):
 * everyone reads; admins and account managers keep records; staff add to the dialogue only.
 */
class OneToOneRoleMatrixTest extends ValueRoleMatrix {
    private static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint("GET /clients/{id}/facts/{none}", 401, 403, 404, 404, 404),
            new Endpoint("GET /clients/{id}/needs/{none}", 401, 403, 404, 404, 404),
            new Endpoint("GET /clients/{id}/interactions/{none}", 401, 403, 404, 404, 404),
            new Endpoint("GET /clients/{id}/offers/{none}", 401, 403, 404, 404, 404),
            new Endpoint("GET /clients/{id}/facts", 401, 403, 200, 200, 200),
            new Endpoint("POST /clients/{id}/facts", 401, 403, 201, 201, 403),
            new Endpoint("PUT /clients/{id}/facts/{fact}", 401, 403, 200, 200, 403),
            new Endpoint("DELETE /clients/{id}/facts/{fact}", 401, 403, 204, 204, 403),
            new Endpoint("GET /clients/{id}/needs", 401, 403, 200, 200, 200),
            new Endpoint("POST /clients/{id}/needs", 401, 403, 201, 201, 403),
            new Endpoint("PUT /clients/{id}/needs/{need}", 401, 403, 200, 200, 403),
            new Endpoint("GET /clients/{id}/interactions", 401, 403, 200, 200, 200),
            new Endpoint("POST /clients/{id}/interactions", 401, 403, 201, 201, 201),
            new Endpoint("GET /clients/{id}/offers", 401, 403, 200, 200, 200),
            new Endpoint("POST /clients/{id}/offers", 401, 403, 201, 201, 403),
            new Endpoint("PUT /clients/{id}/offers/{offer}/answer", 401, 403, 200, 200, 403),
            new Endpoint("GET /offers/acceptance", 401, 403, 200, 200, 200),
            new Endpoint("GET /clients/{id}/consumption", 401, 403, 200, 200, 200),
            new Endpoint("PUT /clients/{id}/consumption/{pid}", 401, 403, 200, 200, 403),
            new Endpoint("DELETE /clients/{rated}/consumption/{pid}", 401, 403, 200, 200, 403),
            new Endpoint("GET /replenishment", 401, 403, 200, 200, 200));

    @Override
    protected List<Endpoint> endpoints() {
        return ENDPOINTS;
    }
}
