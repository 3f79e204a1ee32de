package app.rapport.platform.tenant;

import app.rapport.platform.tenant.TenantSchema.Result;
import jakarta.inject.Singleton;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/** Migrates one tenant schema with Flyway ({@code db/tenant/}); knows the version the code expects. */
@Singleton
public class TenantSchema {

    /** The highest migration in {@code db/tenant/}; a test keeps the two in step. */
    public static final String CURRENT_VERSION = "24";

    private final DirectConnections connections;

    TenantSchema(DirectConnections connections) {
        this.connections = connections;
    }

    public record Result(String version, int applied, long millis) {}

    Result migrate(SchemaName schema) {
        long start = System.nanoTime();
        MigrateResult r = Flyway.configure()
                .dataSource(connections.url(), connections.user(), connections.password())
                .schemas(schema.value())
                .defaultSchema(schema.value())
                .createSchemas(true)
                .locations("classpath:db/tenant")
                .load()
                .migrate();
        String version = r.targetSchemaVersion != null ? r.targetSchemaVersion : r.initialSchemaVersion;
        return new Result(version, r.migrationsExecuted, (System.nanoTime() - start) / 1_000_000);
    }

    /** Drops the tenant's schema with everything in it (a deleted tenant's); nothing when it is already gone. */
    void drop(SchemaName schema) {
        try (java.sql.Connection c = connections.open();
                java.sql.Statement st = c.createStatement()) {
            st.execute("DROP SCHEMA IF EXISTS `" + schema.value() + "`");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("dropping " + schema.value() + " failed", e);
        }
    }

    static boolean isCurrent(String version) {
        return CURRENT_VERSION.equals(version);
    }
}
