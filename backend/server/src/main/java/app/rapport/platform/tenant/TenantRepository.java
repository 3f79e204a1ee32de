package app.rapport.platform.tenant;

import app.rapport.api.operator.TenantStatus;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.annotation.Repository;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@Repository("control")
@JdbcRepository(dialect = Dialect.MYSQL)
interface TenantRepository extends CrudRepository<TenantRow, String> {

    Optional<TenantRow> findBySlug(String slug);

    List<TenantRow> listOrderBySlug();

    /** The catalog page by page: a status or all, the slug, name or admin e-mail holding {@code q} (a LIKE literal). */
    @Query(
            value = "SELECT * FROM tenant WHERE (:status IS NULL OR status = :status) AND (:q IS NULL"
                    + " OR slug LIKE CONCAT('%', :q, '%') OR display_name LIKE CONCAT('%', :q, '%')"
                    + " OR admin_email LIKE CONCAT('%', :q, '%')) ORDER BY slug",
            countQuery = "SELECT COUNT(*) FROM tenant WHERE (:status IS NULL OR status = :status) AND (:q IS NULL"
                    + " OR slug LIKE CONCAT('%', :q, '%') OR display_name LIKE CONCAT('%', :q, '%')"
                    + " OR admin_email LIKE CONCAT('%', :q, '%'))")
    Page<TenantRow> search(@Nullable String q, @Nullable String status, Pageable pageable);

    /** Moves a tenant from one status to another in one statement; 0 when it is no longer in {@code from}. */
    @Query("UPDATE tenant SET status = :to, updated_at = :at WHERE slug = :slug AND status = :from")
    int moveStatus(String slug, TenantStatus from, TenantStatus to, Instant at);

    /**
     * Claims a tenant for a provisioning retry: FAILED, or PROVISIONING with no progress since {@code stuckBefore} (the
     * replica that was provisioning it died). 0 when another request claimed it first or it is not retryable.
     */
    @Query("UPDATE tenant SET status = 'PROVISIONING', display_name = :displayName, admin_email = :adminEmail,"
            + " updated_at = :at WHERE slug = :slug"
            + " AND (status = 'FAILED' OR (status = 'PROVISIONING' AND updated_at < :stuckBefore))")
    int claimForRetry(String slug, String displayName, String adminEmail, Instant at, Instant stuckBefore);
}
