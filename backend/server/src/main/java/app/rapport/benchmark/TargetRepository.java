package app.rapport.benchmark;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface TargetRepository extends CrudRepository<TargetRow, String> {
    /** The target, locked until the transaction ends: every write to it or its measurements takes this lock. */
    Optional<TargetRow> findByIdForUpdate(String id);
}
