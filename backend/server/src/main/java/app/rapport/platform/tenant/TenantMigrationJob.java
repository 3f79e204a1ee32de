package app.rapport.platform.tenant;

import app.rapport.api.common.ProblemCode;
import app.rapport.api.operator.MigrationRunView;
import app.rapport.api.operator.TenantStatus;
import app.rapport.platform.web.ProblemException;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The tenant migration job: brings every ACTIVE or SUSPENDED tenant's schema to the code's version with 2 to 4
 * workers, skipping tenants already current, and records each tenant's result in the catalog. It is resumable by
 * construction: a run that stops part-way leaves the migrated tenants current, so the next run only does the rest.
 * Never run at start-up (a no-op Flyway check costs ~60-90 ms a tenant).
 */
@Singleton
public class TenantMigrationJob {
    private static final Logger LOG = LoggerFactory.getLogger(TenantMigrationJob.class);

    private final TenantCatalog catalog;
    private final TenantSchema schema;
    private final MigrationRunRepository runs;
    private final Clock clock;
    private final int defaultWorkers;
    private final AtomicBoolean running = new AtomicBoolean();

    TenantMigrationJob(
            TenantCatalog catalog,
            TenantSchema schema,
            MigrationRunRepository runs,
            Clock clock,
            @Value("${rapport.migrations.default-workers:3}") int defaultWorkers) {
        this.catalog = catalog;
        this.schema = schema;
        this.runs = runs;
        this.clock = clock;
        this.defaultWorkers = defaultWorkers;
    }

    /** Starts a run in the background and answers at once with its record. */
    public MigrationRunView start(int workers) {
        MigrationRunRow run = begin(workers);
        Thread.ofVirtual().name("tenant-migrations-" + run.id()).start(() -> execute(run));
        return run.view();
    }

    /** Runs to the end in the caller's thread (the command-line entry point and tests). */
    public MigrationRunView runNow(int workers) {
        return execute(begin(workers)).view();
    }

    public MigrationRunView find(String id) {
        return runs.findById(id)
                .map(MigrationRunRow::view)
                .orElseThrow(() -> ProblemException.notFound("migration run " + id));
    }

    private MigrationRunRow begin(int requested) {
        if (!running.compareAndSet(false, true)) {
            throw new ProblemException(ProblemCode.MIGRATION_RUNNING, "a tenant migration run is already in progress");
        }
        int workers = requested <= 0 ? defaultWorkers : Math.max(2, Math.min(4, requested));
        try {
            return runs.save(new MigrationRunRow(
                    UUID.randomUUID().toString(),
                    "RUNNING",
                    workers,
                    0,
                    0,
                    0,
                    0,
                    TenantSchema.CURRENT_VERSION,
                    Instant.now(clock),
                    null));
        } catch (RuntimeException e) {
            running.set(false);
            throw e;
        }
    }

    private MigrationRunRow execute(MigrationRunRow run) {
        AtomicInteger migrated = new AtomicInteger();
        AtomicInteger skipped = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        List<TenantRow> tenants = List.of();
        try {
            tenants = catalog.all().stream()
                    .filter(t -> t.status() == TenantStatus.ACTIVE || t.status() == TenantStatus.SUSPENDED)
                    .toList();
            ExecutorService pool = Executors.newFixedThreadPool(run.workers());
            for (TenantRow t : tenants) {
                pool.submit(() -> migrateOne(t, migrated, skipped, failed));
            }
            pool.shutdown();
            pool.awaitTermination(6, TimeUnit.HOURS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            running.set(false);
        }
        String state = failed.get() > 0 ? "FAILED" : "DONE";
        return runs.update(new MigrationRunRow(
                run.id(),
                state,
                run.workers(),
                tenants.size(),
                migrated.get(),
                skipped.get(),
                failed.get(),
                run.targetVersion(),
                run.startedAt(),
                Instant.now(clock)));
    }

    private void migrateOne(TenantRow t, AtomicInteger migrated, AtomicInteger skipped, AtomicInteger failed) {
        if (TenantSchema.isCurrent(t.schemaVersion())) {
            skipped.incrementAndGet();
            return;
        }
        try {
            TenantSchema.Result r = schema.migrate(new SchemaName(t.schemaName()));
            catalog.update(t.withMigration(
                    r.version(),
                    "OK: applied " + r.applied() + " migration(s) in " + r.millis() + " ms",
                    Instant.now(clock)));
            migrated.incrementAndGet();
        } catch (RuntimeException e) {
            LOG.warn("migrating tenant {} failed", t.slug(), e);
            catalog.update(t.withMigration(
                    t.schemaVersion(),
                    "FAILED: " + ProvisionTenant.abbreviate(String.valueOf(e.getMessage())),
                    Instant.now(clock)));
            failed.incrementAndGet();
        }
    }
}
