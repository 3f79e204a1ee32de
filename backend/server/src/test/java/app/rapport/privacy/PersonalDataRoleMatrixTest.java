package app.rapport.privacy;

import app.rapport.support.RoleMatrix.Endpoint;
import app.rapport.support.ValueRoleMatrix;
import java.util.List;

/**
 * Every role against the personal-data rights of a client: only tenant admins see and export what is stored about a
 * person and erase it.
 */
class PersonalDataRoleMatrixTest extends ValueRoleMatrix {
    private static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint("GET /clients/{id}/personal-data", 401, 403, 200, 403, 403),
            new Endpoint("GET /clients/{id}/personal-data.txt", 401, 403, 200, 403, 403),
            new Endpoint("POST /clients/{id}/erasure", 401, 403, 200, 403, 403));

    @Override
    protected List<Endpoint> endpoints() {
        return ENDPOINTS;
    }
}
