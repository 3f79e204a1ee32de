package app.rapport.api.complaint;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Step 7: who was responsible for what went wrong, and what follows for them. */
@Serdeable
public record Accountability(
        @NotBlank @Size(max = 200) String responsible,
        @NotBlank @Size(max = 1000) String consequence) {}
