package app.rapport.api.complaint;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Step 8, required to close: what was learned, and whether the cause is systemic (the outer loop). */
@Serdeable
public record ComplaintSummary(
        @NotBlank @Size(max = 2000) String lessons, @NotNull Boolean systemic) {}
