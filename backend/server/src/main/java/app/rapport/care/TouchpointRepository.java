package app.rapport.care;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface TouchpointRepository extends CrudRepository<TouchpointRow, String> {
    @Query("SELECT id, client_id, channel, at, duration_minutes, what, rating, sentiment, service_level,"
            + " contact_person, blueprint_step_id, follow_up_action_id, recorded_by, recorded_at FROM touchpoint"
            + " WHERE client_id = :clientId ORDER BY at DESC, seq DESC")
    List<TouchpointRow> newestFirst(String clientId);

    @Query("SELECT id FROM touchpoint WHERE client_id = :clientId")
    List<String> idsOf(String clientId);

    /** Erasure: what happened and who was spoken to; channel, time, rating and step stay for the figures. */
    @Query("UPDATE touchpoint SET what = :erased, contact_person = NULL WHERE client_id = :clientId")
    int eraseTexts(String clientId, String erased);

    @Query("SELECT client_id, MAX(at) AS at FROM touchpoint GROUP BY client_id")
    List<LastContactRow> lastTouchpoints();

    @Query("SELECT client_id, at, rating, sentiment FROM touchpoint WHERE at >= :periodStart"
            + " AND (rating IS NOT NULL OR sentiment IS NOT NULL) ORDER BY client_id, at DESC, seq DESC")
    List<ReactionRow> reactionsSince(Instant periodStart);

    @Query("SELECT client_id, at, rating, sentiment FROM touchpoint WHERE client_id = :clientId"
            + " AND at >= :periodStart AND (rating IS NOT NULL OR sentiment IS NOT NULL)"
            + " ORDER BY client_id, at DESC, seq DESC")
    List<ReactionRow> reactionsOfClientSince(String clientId, Instant periodStart);
}
