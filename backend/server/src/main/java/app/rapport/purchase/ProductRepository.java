package app.rapport.purchase;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface ProductRepository extends CrudRepository<ProductRow, String> {
    List<ProductRow> findAllOrderByName();

    Optional<ProductRow> findByName(String name);
}
