package app.rapport.tier;

import app.rapport.support.RoleMatrix.Endpoint;
import app.rapport.support.ValueRoleMatrix;
import java.util.List;

/**
 * Every role against the tier endpoints: everyone reads tiers, their distribution, the ranking and a client's tier;
 * admins and account managers pin a tier; admins alone configure and classify.
 */
class TierRoleMatrixTest extends ValueRoleMatrix {
    private static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint("GET /tiers", 401, 403, 200, 200, 200),
            new Endpoint("PUT /tiers", 401, 403, 200, 403, 403),
            new Endpoint("POST /tiers/classifications", 401, 403, 200, 403, 403),
            new Endpoint("GET /tiers/distribution", 401, 403, 200, 200, 200),
            new Endpoint("GET /tiers/ranking", 401, 403, 200, 200, 403),
            new Endpoint("GET /clients/{id}/tier", 401, 403, 200, 200, 200),
            new Endpoint("PUT /clients/{id}/tier/pin", 401, 403, 200, 200, 403),
            new Endpoint("DELETE /clients/{pinned}/tier/pin", 401, 403, 200, 200, 403));

    @Override
    protected List<Endpoint> endpoints() {
        return ENDPOINTS;
    }
}
