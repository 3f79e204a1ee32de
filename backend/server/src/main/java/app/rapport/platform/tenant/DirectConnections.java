package app.rapport.platform.tenant;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * Connections to the database server outside the tenant pool, for the work that spans a whole schema: Flyway's
 * migrations, dropping a deleted tenant's schema, exporting and restoring a tenant's data.
 */
@Singleton
final class DirectConnections {
    private final String url;
    private final String user;
    private final String password;

    DirectConnections(
            @Value("${rapport.database.url}") String url,
            @Value("${rapport.database.options}") String options,
            @Value("${rapport.database.username}") String user,
            @Value("${rapport.database.password}") String password) {
        this.url = url + "?" + options;
        this.user = user;
        this.password = password;
    }

    Connection open() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    String url() {
        return url;
    }

    String user() {
        return user;
    }

    String password() {
        return password;
    }
}
