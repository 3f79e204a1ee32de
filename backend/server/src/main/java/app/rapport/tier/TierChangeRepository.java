package app.rapport.tier;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface TierChangeRepository extends CrudRepository<TierChangeRow, String> {
    @Query("SELECT id, client_id, from_tier_id, to_tier_id, at, method, reason, figures, actor FROM tier_change"
            + " WHERE client_id = :clientId ORDER BY at DESC, seq DESC")
    List<TierChangeRow> newestFirst(String clientId);

    /** Erasure: reasons people wrote by hand (pins); the run's own reasons are figures, not words about a person. */
    @Query("UPDATE tier_change SET reason = :erased WHERE client_id = :clientId AND method = 'PIN'")
    int erasePinReasons(String clientId, String erased);
}
