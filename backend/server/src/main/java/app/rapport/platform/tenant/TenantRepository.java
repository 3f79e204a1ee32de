package app.rapport.platform.tenant;

import app.rapport.api.operator.TenantStatus;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.annotation.Repository;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
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
