package app.rapport.complaint;

import app.rapport.api.sla.SlaMilestone;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.List;

/** The escalation steps that fired: the key makes a step fire once per complaint, milestone and round. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface FiredRepository extends GenericRepository<ComplaintRow, String> {
    /** 1 when this step fires now, 0 when it fired before (on this replica or another). */
    @Query("INSERT IGNORE INTO escalation_fired (complaint_id, milestone, round_start, percent, fired_at)"
            + " VALUES (:complaintId, :milestone, :roundStart, :percent, :at)")
    int fire(String complaintId, String milestone, Instant roundStart, int percent, Instant at);

    @Query("SELECT milestone, round_start, percent FROM escalation_fired WHERE complaint_id = :complaintId")
    List<FiredStep> ofComplaint(String complaintId);

    /** A step that fired: of which milestone, in the round of its clock that started when, at which share. */
    @io.micronaut.core.annotation.Introspected
    record FiredStep(SlaMilestone milestone, Instant roundStart, int percent) {}
}
