package app.rapport.onetoone;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface NeedRepository extends CrudRepository<NeedRow, String> {
    List<NeedRow> findByClientIdOrderByRecordedAtDesc(String clientId);

    Optional<NeedRow> findByIdAndClientId(String id, String clientId);

    /** Erasure: what the need said (the one column that changes). */
    void update(@Id String id, String description);
}
