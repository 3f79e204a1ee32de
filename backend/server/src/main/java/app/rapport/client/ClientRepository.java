package app.rapport.client;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.PageableRepository;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface ClientRepository extends PageableRepository<ClientRow, String> {

    @Query("SELECT id, name, email, kind FROM client")
    List<ClientRef> directory();

    @Query("SELECT id, name, email, kind FROM client WHERE id IN (:ids)")
    List<ClientRef> refsOf(List<String> ids);

    /** The client, locked until the transaction ends: removing and erasing read it this way. */
    Optional<ClientRow> findByIdForUpdate(String id);

    Page<ClientRow> findByNameContainsOrEmailContainsOrCityContainsOrIndustryContains(
            String name, String email, String city, String industry, Pageable pageable);
}
