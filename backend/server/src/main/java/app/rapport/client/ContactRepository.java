package app.rapport.client;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Sort;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface ContactRepository extends CrudRepository<ContactRow, String> {

    List<ContactRow> findByClientId(String clientId, Sort sort);

    Optional<ContactRow> findByIdAndClientId(String id, String clientId);

    /** Makes a contact the primary one, or no longer (the one column that changes). */
    void update(@Id String id, boolean primary);
}
