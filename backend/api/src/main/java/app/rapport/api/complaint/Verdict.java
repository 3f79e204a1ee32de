package app.rapport.api.complaint;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Step 2: whether the complaint stands, and the reason the client is told either way. */
@Serdeable
public record Verdict(
        @NotNull Boolean upheld, @NotBlank @Size(max = 1000) String reason) {}
