package app.rapport.api.complaint;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Step 6: a supervisor approves the proposed remedy, or rejects it with a reason (back to step 5). */
@Serdeable
public record RemedyDecision(
        @NotNull Boolean approved,
        @Nullable @Size(max = 1000) String reason) {}
