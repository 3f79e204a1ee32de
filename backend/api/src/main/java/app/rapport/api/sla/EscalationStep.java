package app.rapport.api.sla;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.Set;

/**
 * One level of a milestone's escalation ladder: when the clock has used {@code percent} of its target (below 100 a
 * warning, 100 the breach, above it later levels), do these actions — once per complaint and round of the clock.
 */
@Serdeable
public record EscalationStep(
        @NotNull @Min(1) @Max(1000) Integer percent,
        @NotEmpty Set<@NotNull EscalationAction> actions) {}
