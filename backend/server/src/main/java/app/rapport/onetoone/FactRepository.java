package app.rapport.onetoone;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface FactRepository extends CrudRepository<FactRow, String> {
    List<FactRow> findByClientId(String clientId);

    Optional<FactRow> findByIdAndClientId(String id, String clientId);
}
