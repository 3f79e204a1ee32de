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

    @Query("SELECT id, name, email, phone FROM client WHERE erased_at IS NULL")
    List<IdentityRow> identities();

    @Query("SELECT id, name, email, kind FROM client WHERE id IN (:ids)")
    List<ClientRef> refsOf(List<String> ids);

    /** Waits for the tenant's client-import lock until the transaction ends: client imports happen one at a time. */
    @Query("SELECT name FROM write_lock WHERE name = 'client-import' FOR UPDATE")
    List<String> lockImports();

    /** The client, locked until the transaction ends: removing and erasing read it this way. */
    Optional<ClientRow> findByIdForUpdate(String id);

    Page<ClientRow> findByNameContainsOrEmailContainsOrCityContainsOrIndustryContains(
            String name, String email, String city, String industry, Pageable pageable);
}
