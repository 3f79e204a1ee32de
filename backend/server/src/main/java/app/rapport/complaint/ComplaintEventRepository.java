package app.rapport.complaint;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface ComplaintEventRepository extends CrudRepository<ComplaintEventRow, String> {
    String COLUMNS = "id, complaint_id, client_id, kind, from_status, to_status, note, args, at, actor";

    @Query("SELECT " + COLUMNS + " FROM complaint_event WHERE complaint_id = :complaintId ORDER BY seq")
    List<ComplaintEventRow> inOrder(String complaintId);

    @Query("SELECT " + COLUMNS + " FROM complaint_event WHERE client_id = :clientId ORDER BY seq")
    List<ComplaintEventRow> ofClient(String clientId);

    @Query("SELECT id FROM complaint_event WHERE client_id = :clientId")
    List<String> idsOf(String clientId);

    @Query("UPDATE complaint_event SET note = CASE WHEN note IS NULL THEN NULL ELSE :erased END"
            + " WHERE client_id = :clientId")
    int eraseTexts(String clientId, String erased);
}
