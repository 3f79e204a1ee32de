package app.rapport.platform.tenant;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs every {@link NightlyJob} for every servable tenant at night in that tenant's time zone: on each tick, a job
 * whose local time has come (within the window after it) is claimed for the tenant's local date in the catalog (one
 * replica wins the claim) and run in the tenant's scope. A failure is recorded and logged; the next night tries again.
 */
@Singleton
public class NightlyRuns {
    /** How long after its time a job may still start (a replica that was down at 02:15 catches up by 08:15). */
    public static final Duration WINDOW = Duration.ofHours(6);

    private static final Logger LOG = LoggerFactory.getLogger(NightlyRuns.class);

    private final TenantCatalog catalog;
    private final NightlyRunRepository runs;
    private final List<NightlyJob> jobs;
    private final Clock clock;

    NightlyRuns(TenantCatalog catalog, NightlyRunRepository runs, List<NightlyJob> jobs, Clock clock) {
        this.catalog = catalog;
        this.runs = runs;
        this.jobs = jobs;
        this.clock = clock;
    }

    /** One tick at the clock's instant. */
    public List<String> tick() {
        return tick(Instant.now(clock));
    }

    /** Runs what is due at {@code now}; answers "job@tenant" for each run this call made. */
    public List<String> tick(Instant now) {
        List<String> ran = new ArrayList<>();
        for (Tenant tenant : catalog.servable()) {
            ZonedDateTime local = now.atZone(tenant.zone());
            for (NightlyJob job : jobs) {
                if (due(job.at(), local) && runs.claim(job.name(), tenant.slug(), local.toLocalDate(), now) == 1) {
                    ran.add(job.name() + "@" + tenant.slug());
                    runs.finish(job.name(), tenant.slug(), local.toLocalDate(), Instant.now(clock), run(job, tenant));
                }
            }
        }
        return ran;
    }

    static boolean due(LocalTime at, ZonedDateTime local) {
        ZonedDateTime from = local.with(at);
        return !local.isBefore(from) && local.isBefore(from.plus(WINDOW));
    }

    private static String run(NightlyJob job, Tenant tenant) {
        try {
            String result = TenantScope.call(tenant, job::run);
            LOG.info("{} of {}: {}", job.name(), tenant.slug(), result);
            return abbreviate("OK: " + result);
        } catch (RuntimeException e) {
            LOG.warn("{} of {} failed", job.name(), tenant.slug(), e);
            return abbreviate(
                    "FAILED: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        }
    }

    private static String abbreviate(String s) {
        return s.length() > 500 ? s.substring(0, 499) + "…" : s;
    }
}
