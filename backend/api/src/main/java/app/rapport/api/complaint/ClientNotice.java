package app.rapport.api.complaint;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Step 7: the client was told the outcome — what they were told, and how. */
@Serdeable
public record ClientNotice(@NotBlank @Size(max = 1000) String note) {}
