package app.rapport.sla;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface SlaPolicyRepository extends CrudRepository<SlaPolicyRow, String> {
    Optional<SlaPolicyRow> findByScopeAndCurrent(String scope, boolean current);

    /** Waits for the tenant's policy lock and holds it to the transaction's end (see {@code write_lock}). */
    @Query("SELECT name FROM write_lock WHERE name = 'sla-policy' FOR UPDATE")
    String lock();

    @Query("SELECT COALESCE(MAX(version), 0) FROM sla_policy WHERE scope = :scope")
    long lastVersion(String scope);

    /** The scope's current version is no longer current (a new one is saved, or the tier goes back to the tenant's). */
    @Query("UPDATE sla_policy SET current = FALSE WHERE scope = :scope AND current = TRUE")
    int retire(String scope);
}
