package app.rapport.platform.tenant;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs every {@link MinuteJob} for every servable tenant; a failure is logged and the next minute tries again. */
@Singleton
public class MinuteRuns {
    private static final Logger LOG = LoggerFactory.getLogger(MinuteRuns.class);

    private final TenantCatalog catalog;
    private final List<MinuteJob> jobs;
    private final Clock clock;

    MinuteRuns(TenantCatalog catalog, List<MinuteJob> jobs, Clock clock) {
        this.catalog = catalog;
        this.jobs = jobs;
        this.clock = clock;
    }

    public List<String> tick() {
        return tick(Instant.now(clock));
    }

    /** Runs the jobs as of {@code now}; answers "job@tenant: result (n ms)" for each, also logged at DEBUG. */
    public List<String> tick(Instant now) {
        List<String> ran = new ArrayList<>();
        for (Tenant tenant : catalog.servable()) {
            for (MinuteJob job : jobs) {
                try {
                    long started = System.nanoTime();
                    String result = TenantScope.call(tenant, () -> job.run(now));
                    String line = job.name() + "@" + tenant.slug() + ": " + result + " ("
                            + (System.nanoTime() - started) / 1_000_000 + " ms)";
                    LOG.debug(line);
                    ran.add(line);
                } catch (RuntimeException e) {
                    LOG.warn("{} of {} failed", job.name(), tenant.slug(), e);
                }
            }
        }
        return ran;
    }
}
