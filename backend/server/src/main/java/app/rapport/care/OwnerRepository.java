package app.rapport.care;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface OwnerRepository extends CrudRepository<OwnerRow, String> {
    List<OwnerRow> findByOwner(String owner);
}
