package app.rapport.client;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.PageableRepository;

@JdbcRepository(dialect = Dialect.MYSQL)
interface ClientRepository extends PageableRepository<ClientRow, String> {

    @io.micronaut.data.annotation.Query("SELECT id, name, email, kind FROM client")
    java.util.List<ClientRef> directory();

    @io.micronaut.data.annotation.Query("SELECT id, name, email, kind FROM client WHERE id IN (:ids)")
    java.util.List<ClientRef> refsOf(java.util.List<String> ids);

    /** The client, locked until the transaction ends: removing and erasing read it this way. */
    java.util.Optional<ClientRow> findByIdForUpdate(String id);

    Page<ClientRow> findByNameContainsOrEmailContainsOrCityContainsOrIndustryContains(
            String name, String email, String city, String industry, Pageable pageable);
}
