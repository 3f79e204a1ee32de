package app.rapport.api.care;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;

/**
 * One owner's care work in a period: actions done, how many of them on or before their due date (on-time rate =
 * onTime ÷ done), open actions now overdue, and the share of SURPRISE among done actions that recorded a level.
 * Rates are null when there is nothing to divide by; owner null means actions waiting without an owner (or the
 * whole team in {@link TeamView#team()}).
 */
@Serdeable
public record OwnerStats(
        @Nullable String owner,
        int done,
        int onTime,
        @Nullable BigDecimal onTimeRate,
        int skipped,
        int openOverdue,
        int surprise,
        @Nullable BigDecimal surpriseShare) {}
