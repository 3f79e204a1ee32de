package app.rapport.api.complaint;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Step 5: the remedy the department proposes. */
@Serdeable
public record RemedyProposal(@NotBlank @Size(max = 2000) String remedy) {}
