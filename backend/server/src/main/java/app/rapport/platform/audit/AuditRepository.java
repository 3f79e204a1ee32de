package app.rapport.platform.audit;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface AuditRepository extends CrudRepository<AuditRecordRow, Long> {
    @Query("UPDATE audit_record SET before_json = NULL, after_json = NULL WHERE entity_id IN (:entityIds)")
    void scrub(Collection<String> entityIds);

    List<AuditRecordRow> findByEntityTypeAndEntityIdOrderByIdAsc(String entityType, String entityId);
}
