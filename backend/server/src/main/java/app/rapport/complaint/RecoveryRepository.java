package app.rapport.complaint;

import app.rapport.api.complaint.RecoveryItem;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface RecoveryRepository extends CrudRepository<RecoveryRow, String> {
    List<RecoveryRow> findByComplaintId(String complaintId);

    Optional<RecoveryRow> findByComplaintIdAndItem(String complaintId, RecoveryItem item);

    void deleteByComplaintId(String complaintId);

    @Query("UPDATE complaint_recovery r JOIN complaint c ON c.id = r.complaint_id"
            + " SET r.note = CASE WHEN r.note IS NULL THEN NULL ELSE :erased END WHERE c.client_id = :clientId")
    int eraseTexts(String clientId, String erased);
}
