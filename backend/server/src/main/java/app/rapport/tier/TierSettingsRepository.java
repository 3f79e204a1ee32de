package app.rapport.tier;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface TierSettingsRepository extends CrudRepository<TierSettingsRow, Integer> {
    /** Notes a classification run without touching the version an admin's edit is checked against. */
    @Query("UPDATE tier_settings SET last_run_at = :at WHERE id = 1")
    void ranAt(Instant at);

    /** The settings row, locked until the transaction ends: tier writes (settings, runs, pins) take it first. */
    Optional<TierSettingsRow> findByIdForUpdate(Integer id);
}
