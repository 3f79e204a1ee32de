package app.rapport.api.sla;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/**
 * One milestone of a complaint, computed from its clock's events: when it started, its deadline (none while paused),
 * when it was fulfilled, business minutes used and left (negative: over by).
 */
@Serdeable
public record MilestoneClock(
        SlaMilestone milestone,
        int targetMinutes,
        ClockState state,
        Instant startedAt,
        @Nullable Instant deadline,
        @Nullable Instant fulfilledAt,
        long usedMinutes,
        long leftMinutes) {}
