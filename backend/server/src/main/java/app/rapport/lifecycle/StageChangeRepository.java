package app.rapport.lifecycle;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface StageChangeRepository extends CrudRepository<StageChangeRow, String> {
    @Query("SELECT id FROM stage_change WHERE client_id = :clientId")
    List<String> idsOf(String clientId);

    /** Erasure: the reasons people gave for moving the client. */
    @Query("UPDATE stage_change SET reason = :erased WHERE client_id = :clientId")
    int eraseReasons(String clientId, String erased);

    @Query("SELECT id, client_id, from_stage, to_stage, at, actor, reason, suggestion_id, scheduled, cancelled"
            + " FROM stage_change WHERE client_id = :clientId ORDER BY at DESC, seq DESC")
    List<StageChangeRow> newestFirst(String clientId);

    @Query("SELECT id, client_id, from_stage, to_stage, at, actor, reason, suggestion_id, scheduled, cancelled"
            + " FROM stage_change WHERE at >= :periodStart AND from_stage IS NOT NULL")
    List<StageChangeRow> movesSince(Instant periodStart);
}
