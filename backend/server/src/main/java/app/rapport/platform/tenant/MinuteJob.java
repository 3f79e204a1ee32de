package app.rapport.platform.tenant;

import java.time.Instant;

/**
 * Work a feature does for every servable tenant about once a minute (escalations): {@link MinuteRuns} runs it in the
 * tenant's scope. It must be idempotent and safe on several replicas at once — the job itself guarantees "once" with
 * a unique key or {@code SKIP LOCKED}, not an in-memory flag.
 */
public interface MinuteJob {
    String name();

    /** Runs the job for the tenant in scope as of {@code now}; answers what it did, in a line for the log. */
    String run(Instant now);
}
