package app.rapport.purchase;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface PurchaseRepository extends CrudRepository<PurchaseRow, String> {
    Page<PurchaseRow> findByClientId(String clientId, Pageable pageable);

    List<PurchaseRow> findByClientIdOrderByPurchasedOnAsc(String clientId);

    Optional<PurchaseRow> findByIdAndClientId(String id, String clientId);

    boolean existsByProductId(String productId);

    /** Waits for the tenant's import lock and holds it until the transaction ends: imports happen one at a time. */
    @Query("SELECT name FROM write_lock WHERE name = 'purchase-import' FOR UPDATE")
    List<String> lockImports();

    @Query("SELECT import_key FROM purchase WHERE import_key IN (:keys)")
    List<String> existingImportKeys(Collection<String> keys);
}
