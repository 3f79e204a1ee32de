package app.rapport.complaint;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface ClockEventRepository extends CrudRepository<ClockEventRow, String> {
    @Query("SELECT id, complaint_id, milestone, kind, at FROM complaint_clock WHERE complaint_id = :complaintId"
            + " ORDER BY seq")
    List<ClockEventRow> inOrder(String complaintId);

    @Query("UPDATE complaint_clock SET met = :met WHERE id = :id")
    void setMet(String id, boolean met);
}
