package app.rapport.care;

import app.rapport.support.RelationshipRoleMatrix;
import app.rapport.support.RoleMatrix.Endpoint;
import java.util.List;

/**
 * Every role against care actions and touchpoints: everyone sees their day and logs touchpoints; staff close only
 * their own actions and unowned ones of their queue; account managers plan and reassign; admins reassign in bulk.
 */
class CareRoleMatrixTest extends RelationshipRoleMatrix {
    private static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint("GET /clients/{id}/care-actions", 401, 403, 200, 200, 200),
            new Endpoint("POST /clients/{id}/care-actions", 401, 403, 201, 201, 403),
            new Endpoint("GET /care-actions/{action}", 401, 403, 200, 200, 200),
            new Endpoint("POST /care-actions/{action}/completion", 401, 403, 200, 200, 403),
            new Endpoint("POST /care-actions/{staffs}/completion", 401, 403, 200, 200, 200),
            new Endpoint("POST /care-actions/{action}/skip", 401, 403, 200, 200, 403),
            new Endpoint("POST /care-actions/{staffs}/skip", 401, 403, 200, 200, 200),
            new Endpoint("PUT /care-actions/{action}/owner", 401, 403, 200, 200, 403),
            new Endpoint("POST /care-actions/reassignment", 401, 403, 200, 403, 403),
            new Endpoint("GET /care-actions/open", 401, 403, 200, 200, 403),
            new Endpoint("GET /care-actions/my-day", 401, 403, 200, 200, 200),
            new Endpoint("GET /care-actions/team", 401, 403, 200, 200, 403),
            new Endpoint("POST /care-actions/replenishment", 401, 403, 200, 200, 403),
            new Endpoint("POST /touchpoints", 401, 403, 201, 201, 201),
            new Endpoint("GET /clients/{id}/touchpoints", 401, 403, 200, 200, 200),
            new Endpoint("GET /clients/{id}/touchpoints/{none}", 401, 403, 404, 404, 404),
            new Endpoint("GET /team/members", 401, 403, 200, 200, 200));

    @Override
    protected List<Endpoint> endpoints() {
        return ENDPOINTS;
    }
}
