package app.rapport.benchmark;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.List;

/** What the computed metrics measure, each over [periodStart, periodEnd). */
@JdbcRepository(dialect = Dialect.MYSQL)
interface FigureRepository extends GenericRepository<TargetRow, String> {
    @Query("""
            SELECT t.duration_minutes FROM touchpoint t JOIN blueprint_step s ON s.id = t.blueprint_step_id
            WHERE s.lineage_id = :lineageId AND t.duration_minutes IS NOT NULL
              AND t.at >= :periodStart AND t.at < :periodEnd
            ORDER BY t.duration_minutes""")
    List<Integer> stepMinutes(String lineageId, Instant periodStart, Instant periodEnd);

    /** Done care actions of the period: whether each was on time is judged in the tenant's calendar. */
    @Query("SELECT closed_at, due_on FROM care_action WHERE status = 'DONE' AND closed_at >= :periodStart"
            + " AND closed_at < :periodEnd")
    List<ClosedCareRow> doneCare(Instant periodStart, Instant periodEnd);

    @Query("SELECT rating FROM touchpoint WHERE rating IS NOT NULL AND at >= :periodStart AND at < :periodEnd")
    List<Integer> ratings(Instant periodStart, Instant periodEnd);

    @Query("""
            SELECT COUNT(*) AS n, CAST(COALESCE(SUM(CASE WHEN service_level = 'SURPRISE' THEN 1 ELSE 0 END), 0)
              AS SIGNED) AS hits
            FROM touchpoint WHERE service_level IS NOT NULL AND at >= :periodStart AND at < :periodEnd""")
    ShareRow surprises(Instant periodStart, Instant periodEnd);

    @Query("""
            SELECT t.at AS asked_at, a.closed_at AS answered_at FROM touchpoint t
            JOIN care_action a ON a.id = t.follow_up_action_id
            WHERE a.status = 'DONE' AND a.closed_at >= :periodStart AND a.closed_at < :periodEnd""")
    List<FollowUpRow> answers(Instant periodStart, Instant periodEnd);
}
