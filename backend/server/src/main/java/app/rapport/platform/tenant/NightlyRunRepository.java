package app.rapport.platform.tenant;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.annotation.Repository;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

@Repository("control")
@JdbcRepository(dialect = Dialect.MYSQL)
interface NightlyRunRepository extends GenericRepository<NightlyRunRow, String> {

    /** 1 when this caller claimed the night, 0 when another replica (or an earlier tick) had it already. */
    @Query("INSERT IGNORE INTO nightly_run (job, tenant_slug, local_date, started_at)"
            + " VALUES (:job, :tenantSlug, :localDate, :at)")
    int claim(String job, String tenantSlug, LocalDate localDate, Instant at);

    @Query("UPDATE nightly_run SET finished_at = :at, result = :result"
            + " WHERE job = :job AND tenant_slug = :tenantSlug AND local_date = :localDate")
    void finish(String job, String tenantSlug, LocalDate localDate, Instant at, String result);

    @Query("SELECT job, tenant_slug, local_date, started_at, finished_at, result FROM nightly_run"
            + " WHERE tenant_slug = :tenantSlug ORDER BY local_date DESC, job")
    List<NightlyRunRow> ofTenant(String tenantSlug);
}
