package app.rapport.complaint;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;

/** The escalation steps that fired: the key makes a step fire once per complaint, milestone and round. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface FiredRepository extends GenericRepository<ComplaintRow, String> {
    /** 1 when this step fires now, 0 when it fired before (on this replica or another). */
    @Query("INSERT IGNORE INTO escalation_fired (complaint_id, milestone, round_start, percent, fired_at)"
            + " VALUES (:complaintId, :milestone, :roundStart, :percent, :at)")
    int fire(String complaintId, String milestone, Instant roundStart, int percent, Instant at);
}
