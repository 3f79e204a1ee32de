package app.rapport.platform.tenant;

import app.rapport.support.ClientAndTenantRoleMatrix;
import app.rapport.support.RoleMatrix.Endpoint;
import java.util.List;

/**
 * Every role against the operator's tenant catalog and the tenant's workspace: only the operator provisions,
 * suspends, migrates, exports, restores and deletes tenants; everyone in a tenant reads its workspace, its admin
 * sets its locale.
 */
class TenantRoleMatrixTest extends ClientAndTenantRoleMatrix {
    private static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint("GET /workspace", 401, 403, 200, 200, 200),
            new Endpoint("GET /operator/tenants", 401, 200, 403, 403, 403),
            new Endpoint("GET /operator/tenants/{slug}", 401, 200, 403, 403, 403),
            new Endpoint("GET /operator/tenants?status=ACTIVE&q=harbour", 401, 200, 403, 403, 403),
            new Endpoint("GET /operator/tenants/{slug}/detail", 401, 200, 403, 403, 403),
            new Endpoint("POST /operator/tenants/{slug}/admin-password", 401, 200, 403, 403, 403),
            new Endpoint("POST /operator/tenants", 401, 409, 403, 403, 403),
            new Endpoint("POST /operator/tenants/{slug}/suspend", 401, 409, 403, 403, 403),
            new Endpoint("POST /operator/tenants/{slug}/resume", 401, 200, 403, 403, 403),
            new Endpoint("GET /operator/tenants/migrations/{id}", 401, 404, 403, 403, 403),
            // nine workers are too many: the operator passes the role check and the rule answers, no run starts
            new Endpoint("POST /operator/tenants/migrations?workers=9", 401, 400, 403, 403, 403),
            new Endpoint("GET /operator/tenants/health", 401, 200, 403, 403, 403),
            new Endpoint("GET /operator/tenants/{slug}/export", 401, 200, 403, 403, 403),
            new Endpoint("POST /operator/tenants/{slug}/restore", 401, 409, 403, 403, 403),
            new Endpoint("POST /operator/tenants/{slug}/retry", 401, 409, 403, 403, 403),
            new Endpoint("POST /operator/tenants/{slug}/deletion", 401, 409, 403, 403, 403),
            new Endpoint("PUT /workspace/locale", 401, 403, 200, 403, 403));

    @Override
    protected List<Endpoint> endpoints() {
        return ENDPOINTS;
    }
}
