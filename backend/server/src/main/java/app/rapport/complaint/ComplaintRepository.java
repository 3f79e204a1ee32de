package app.rapport.complaint;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface ComplaintRepository extends CrudRepository<ComplaintRow, String> {
    String OPEN = "status NOT IN ('NOT_UPHELD', 'CLOSED')";

    /** The complaint, locked until the transaction ends: every step reads it this way before it writes. */
    Optional<ComplaintRow> findByIdForUpdate(String id);

    List<ComplaintRow> findByClientIdOrderByReceivedAtDesc(String clientId);

    List<ComplaintRow> findByIdIn(java.util.Collection<String> ids);

    /** The complaint locked for the scan, or none when a step holds it right now (the next minute tries again). */
    @Query("SELECT * FROM complaint WHERE id = :id FOR UPDATE SKIP LOCKED")
    Optional<ComplaintRow> findByIdForScan(String id);

    boolean existsByDepartmentId(String departmentId);

    @Query("SELECT department_id, COUNT(*) AS n FROM complaint WHERE department_id IS NOT NULL AND " + OPEN
            + " GROUP BY department_id")
    List<CountRow> openPerDepartment();

    @Query("SELECT COUNT(*) FROM complaint WHERE department_id = :departmentId AND " + OPEN)
    long countOpenOfDepartment(String departmentId);

    @Query("SELECT client_id, COUNT(*) AS n FROM complaint WHERE " + OPEN + " GROUP BY client_id")
    List<ClientCountRow> openPerClient();

    @Query("SELECT COUNT(*) FROM complaint WHERE client_id = :clientId AND " + OPEN)
    long countOpenOfClient(String clientId);

    @Query("SELECT id FROM complaint WHERE client_id = :clientId")
    List<String> idsOf(String clientId);

    /** Erasure: what people wrote about the client in its complaints; codes, dates and people of the team stay. */
    @Query("UPDATE complaint SET what_happened = :erased,"
            + " client_asks = CASE WHEN client_asks IS NULL THEN NULL ELSE :erased END,"
            + " verdict_reason = CASE WHEN verdict_reason IS NULL THEN NULL ELSE :erased END,"
            + " cause_notes = CASE WHEN cause_notes IS NULL THEN NULL ELSE :erased END,"
            + " remedy = CASE WHEN remedy IS NULL THEN NULL ELSE :erased END,"
            + " consequence = CASE WHEN consequence IS NULL THEN NULL ELSE :erased END,"
            + " notice = CASE WHEN notice IS NULL THEN NULL ELSE :erased END,"
            + " feedback = CASE WHEN feedback IS NULL THEN NULL ELSE :erased END,"
            + " lessons = CASE WHEN lessons IS NULL THEN NULL ELSE :erased END,"
            + " contact_id = NULL WHERE client_id = :clientId")
    int eraseTexts(String clientId, String erased);
}
