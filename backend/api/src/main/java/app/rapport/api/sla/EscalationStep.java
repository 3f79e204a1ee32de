package app.rapport.api.sla;

import io.micronaut.core.annotation.Creator;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.Set;

/**
 * One level of a milestone's escalation ladder: when the clock has used {@code percent} of its target (below 100 a
 * warning, 100 the breach, above it later levels) — or, instead, {@code minutesBefore} business minutes before the
 * deadline (a warning) — do these actions, once per complaint and round of the clock. One of the two is given.
 */
@Serdeable
public record EscalationStep(
        @Nullable @Min(1) @Max(1000) Integer percent,
        @Nullable @Min(1) @Max(525_599) Integer minutesBefore,
        @NotEmpty Set<@NotNull EscalationAction> actions) {

    @Creator
    public EscalationStep {}

    /** A step at a share of the target. */
    public EscalationStep(Integer percent, Set<EscalationAction> actions) {
        this(percent, null, actions);
    }

    /** A step some business minutes before the deadline. */
    public static EscalationStep before(int minutes, Set<EscalationAction> actions) {
        return new EscalationStep(null, minutes, actions);
    }

    /**
     * What tells this step from the others of its milestone, and marks it fired: its share, or minus the minutes before
     * the deadline.
     */
    public int key() {
        return percent != null ? percent : minutesBefore == null ? 0 : -minutesBefore;
    }

    /** The step's business time into a clock of {@code targetMinutes}, in seconds (where it fires). */
    public long secondsInto(int targetMinutes) {
        return percent != null
                ? (long) targetMinutes * 60 * percent / 100
                : Math.max(0, (long) (targetMinutes - (minutesBefore == null ? 0 : minutesBefore)) * 60);
    }
}
