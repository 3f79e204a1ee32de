package app.rapport.purchase;

import app.rapport.support.RoleMatrix.Endpoint;
import app.rapport.support.ValueRoleMatrix;
import java.util.List;

/**
 * Every role against products, purchases and purchase imports: everyone reads; admins and account managers record
 * and import; service staff do not.
 */
class PurchaseRoleMatrixTest extends ValueRoleMatrix {
    private static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint("GET /products", 401, 403, 200, 200, 200),
            // one item of each list, where a new item's Location points: an id that names nothing answers 404
            new Endpoint("GET /products/{none}", 401, 403, 404, 404, 404),
            new Endpoint("GET /clients/{id}/purchases/{none}", 401, 403, 404, 404, 404),
            new Endpoint("POST /products", 401, 403, 201, 201, 403),
            new Endpoint("PUT /products/{pid}", 401, 403, 200, 200, 403),
            new Endpoint("DELETE /products/{pid}", 401, 403, 204, 204, 403),
            new Endpoint("GET /clients/{id}/purchases", 401, 403, 200, 200, 200),
            new Endpoint("POST /clients/{id}/purchases", 401, 403, 201, 201, 403),
            new Endpoint("DELETE /clients/{id}/purchases/{buy}", 401, 403, 204, 204, 403),
            new Endpoint("POST /purchase-imports/preview", 401, 403, 200, 200, 403),
            new Endpoint("POST /purchase-imports", 401, 403, 200, 200, 403));

    @Override
    protected List<Endpoint> endpoints() {
        return ENDPOINTS;
    }
}
