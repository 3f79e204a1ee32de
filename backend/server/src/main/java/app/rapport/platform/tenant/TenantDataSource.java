package app.rapport.platform.tenant;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The tenant pool as repositories see it: every connection handed out is on the current tenant's schema. Without a
 * tenant in scope it refuses, so a request that was not resolved to a tenant can never reach tenant data.
 */
final class TenantDataSource implements DataSource {
    private final DataSource pool;
    private final SchemaSwitch schemaSwitch;

    TenantDataSource(DataSource pool, SchemaSwitch schemaSwitch) {
        this.pool = pool;
        this.schemaSwitch = schemaSwitch;
    }

    @Override
    public Connection getConnection() throws SQLException {
        Tenant tenant = TenantScope.current()
                .orElseThrow(() -> new IllegalStateException("no tenant in scope: tenant data is out of reach"));
        Connection c = pool.getConnection();
        try {
            schemaSwitch.pointAt(c, new SchemaName(tenant.schema()));
            return c;
        } catch (SQLException | RuntimeException e) {
            c.close();
            throw e;
        }
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        throw new SQLFeatureNotSupportedException("the tenant pool has one set of credentials");
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return pool.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        pool.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        pool.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return pool.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return pool.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        if (iface.isInstance(this)) {
            return iface.cast(this);
        }
        return pool.unwrap(iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) throws SQLException {
        return iface.isInstance(this) || pool.isWrapperFor(iface);
    }
}
