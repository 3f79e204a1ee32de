package app.rapport.platform.tenant;

import java.time.LocalTime;

/**
 * Work a feature does for every tenant once a night, at night in the tenant's own time zone: {@link NightlyRuns}
 * runs it within {@link NightlyRuns#WINDOW} after {@link #at()}, once per tenant and local date across every replica.
 */
public interface NightlyJob {
    /** A short stable name ("tiers"): the claim's key. */
    String name();

    /** The tenant's local time from which the job is due. */
    LocalTime at();

    /** Runs the job for the tenant in scope; answers what it did, in a line for the log. */
    String run();
}
