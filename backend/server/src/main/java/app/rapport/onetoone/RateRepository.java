package app.rapport.onetoone;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface RateRepository extends CrudRepository<RateRow, RateKey> {
    List<RateRow> findByKeyClientId(String clientId);
}
