package app.rapport.platform.tenant;

import io.micronaut.data.annotation.Repository;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.Optional;

@Repository("control")
@JdbcRepository(dialect = Dialect.MYSQL)
interface TenantRepository extends CrudRepository<TenantRow, String> {

    Optional<TenantRow> findBySlug(String slug);

    List<TenantRow> listOrderBySlug();
}
