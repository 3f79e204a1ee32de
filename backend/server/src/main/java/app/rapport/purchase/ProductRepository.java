package app.rapport.purchase;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface ProductRepository extends CrudRepository<ProductRow, String> {
    List<ProductRow> findAllOrderByName();

    List<ProductRow> findByIdIn(java.util.Collection<String> ids);

    Page<ProductRow> findAll(Pageable pageable);

    Page<ProductRow> findByNameContains(String name, Pageable pageable);

    Optional<ProductRow> findByName(String name);
}
