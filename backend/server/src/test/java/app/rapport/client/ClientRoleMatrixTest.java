package app.rapport.client;

import app.rapport.support.ClientAndTenantRoleMatrix;
import app.rapport.support.RoleMatrix.Endpoint;
import java.util.List;

/**
 * Every role against clients and their contacts. Writes that are allowed run against a fresh client each time, so the
 * order of the rows does not matter.
 */
class ClientRoleMatrixTest extends ClientAndTenantRoleMatrix {
    private static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint("GET /clients", 401, 403, 200, 200, 200),
            new Endpoint("GET /clients/{id}", 401, 403, 200, 200, 200),
            new Endpoint("POST /clients", 401, 403, 201, 201, 403),
            new Endpoint("POST /clients/imports/preview", 401, 403, 200, 200, 403),
            new Endpoint("POST /clients/imports", 401, 403, 200, 200, 403),
            new Endpoint("PUT /clients/{id}", 401, 403, 200, 200, 403),
            new Endpoint("DELETE /clients/{id}", 401, 403, 204, 204, 403),
            new Endpoint("GET /clients/{id}/contacts", 401, 403, 200, 200, 200),
            // one item of each list, where a new item's Location points: an id that names nothing answers 404
            new Endpoint("GET /clients/{id}/contacts/{none}", 401, 403, 404, 404, 404),
            new Endpoint("POST /clients/{id}/contacts", 401, 403, 201, 201, 403),
            new Endpoint("PUT /clients/{id}/contacts/{cid}", 401, 403, 200, 200, 403),
            new Endpoint("DELETE /clients/{id}/contacts/{cid}", 401, 403, 204, 204, 403));

    @Override
    protected List<Endpoint> endpoints() {
        return ENDPOINTS;
    }
}
