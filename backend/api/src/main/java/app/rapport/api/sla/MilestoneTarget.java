package app.rapport.api.sla;

import io.micronaut.core.annotation.Creator;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;

/**
 * One milestone's target in business minutes (by the tier's business calendar), the holds that pause it, what a
 * reopening does to it, and when to warn (a share of the target, in percent; none: no warning).
 */
@Serdeable
public record MilestoneTarget(
        @NotNull SlaMilestone milestone,
        @NotNull @Min(1) @Max(525_600) Integer minutes,
        @Nullable Set<HoldReason> pausedBy,
        @Nullable ReopenRule onReopen,
        @Nullable @Min(1) @Max(99) Integer warnPercent,
        @Nullable @Size(max = 4) List<@NotNull @Valid EscalationStep> escalations) {
    @Creator
    public MilestoneTarget {
        pausedBy = pausedBy == null ? Set.of() : Set.copyOf(pausedBy);
        onReopen = onReopen == null ? ReopenRule.RESTART : onReopen;
        escalations = escalations == null ? List.of() : List.copyOf(escalations);
    }

    /** The same target with its ladder in the order its steps fire (as a policy is stored). */
    public MilestoneTarget inOrder() {
        int m = minutes == null ? 0 : minutes;
        return new MilestoneTarget(
                milestone,
                minutes,
                pausedBy,
                onReopen,
                warnPercent,
                escalations.stream()
                        .sorted(java.util.Comparator.comparingLong((EscalationStep s) -> s.secondsInto(m))
                                .thenComparingInt(EscalationStep::key))
                        .toList());
    }

    /** A target without an escalation ladder. */
    public MilestoneTarget(
            SlaMilestone milestone,
            Integer minutes,
            @Nullable Set<HoldReason> pausedBy,
            @Nullable ReopenRule onReopen,
            @Nullable Integer warnPercent) {
        this(milestone, minutes, pausedBy, onReopen, warnPercent, null);
    }
}
