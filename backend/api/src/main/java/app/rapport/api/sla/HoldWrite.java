package app.rapport.api.sla;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;

/** Put a complaint on hold: it waits on the client or a third party (the milestones that hold pauses stop counting). */
@Serdeable
public record HoldWrite(@NotNull HoldReason reason) {}
