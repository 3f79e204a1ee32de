package app.rapport.platform.tenant;

import app.rapport.api.common.ProblemCode;
import app.rapport.api.operator.AdminCredentials;
import app.rapport.api.operator.TenantDetail;
import app.rapport.api.operator.TenantDetail.AppliedMigration;
import app.rapport.api.operator.TenantDetail.FirstAdmin;
import app.rapport.api.operator.TenantDetail.TenantUsage;
import app.rapport.api.operator.TenantStatus;
import app.rapport.platform.security.KeycloakAdmin;
import app.rapport.platform.web.ProblemException;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * One tenant as the operator looks at it: the catalog entry; the schema's migration history (Flyway's own table in
 * the tenant schema); the first admin's account in Keycloak; clients, users and storage. Read over a direct
 * connection — the operator is in no tenant — with the schema name taken from the catalog only. Resetting the first
 * admin's password is a fresh invitation, audited.
 */
@Singleton
class TenantDetails {
    private final TenantCatalog catalog;
    private final DirectConnections connections;
    private final KeycloakAdmin keycloak;
    private final OperatorAudit audit;

    TenantDetails(TenantCatalog catalog, DirectConnections connections, KeycloakAdmin keycloak, OperatorAudit audit) {
        this.catalog = catalog;
        this.connections = connections;
        this.keycloak = keycloak;
        this.audit = audit;
    }

    TenantDetail of(String slug) {
        TenantRow row = row(slug);
        boolean schemaExists = row.deletedAt() == null && row.status() != TenantStatus.PROVISIONING;
        List<AppliedMigration> migrations = List.of();
        TenantUsage usage = null;
        if (schemaExists) {
            SchemaName schema = new SchemaName(row.schemaName());
            try (Connection c = connections.open()) {
                migrations = history(c, schema);
                usage = new TenantUsage(
                        count(c, "SELECT COUNT(*) FROM " + schema.value() + ".client"),
                        keycloak.usersOf(slug).size(),
                        storage(c, schema));
            } catch (SQLException e) {
                // a schema half made by a failed provisioning reads as what it has: nothing
                migrations = List.of();
                usage = null;
            }
        }
        FirstAdmin admin = row.adminEmail() == null || row.deletedAt() != null
                ? null
                : keycloak.adminOf(slug, row.adminEmail())
                        .map(a -> new FirstAdmin(
                                row.adminEmail(), a.username(), true, a.enabled(), a.invitationPending()))
                        .orElse(new FirstAdmin(row.adminEmail(), null, false, false, false));
        return new TenantDetail(TenantCatalog.view(row), migrations, admin, usage);
    }

    AdminCredentials resetAdminPassword(String slug, String operator) {
        TenantRow row = row(slug);
        if (row.deletedAt() != null || row.adminEmail() == null) {
            throw new ProblemException(ProblemCode.INVALID_STATUS, "tenant " + slug + " has no admin to invite");
        }
        KeycloakAdmin.AdminAccount account = keycloak.resetAdminPassword(slug, row.adminEmail());
        audit.record(operator, "RESET_ADMIN_PASSWORD", slug, row, row);
        return new AdminCredentials(account.username(), account.temporaryPassword());
    }

    private TenantRow row(String slug) {
        return catalog.find(slug).orElseThrow(() -> ProblemException.notFound("tenant " + slug));
    }

    private static List<AppliedMigration> history(Connection c, SchemaName schema) throws SQLException {
        List<AppliedMigration> out = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement("SELECT version, description, installed_on, execution_time,"
                        + " success FROM " + schema.value() + ".flyway_schema_history WHERE version IS NOT NULL"
                        + " ORDER BY installed_rank");
                ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                out.add(new AppliedMigration(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getTimestamp(3).toInstant(),
                        rs.getInt(4),
                        rs.getBoolean(5)));
            }
        }
        return out;
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(sql);
                ResultSet rs = st.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static long storage(Connection c, SchemaName schema) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT COALESCE(SUM(data_length + index_length), 0)"
                + " FROM information_schema.tables WHERE table_schema = ?")) {
            st.setString(1, schema.value());
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
