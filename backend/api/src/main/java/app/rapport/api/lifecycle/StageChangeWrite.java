package app.rapport.api.lifecycle;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Move a client to another stage; a reason is always required. */
@Serdeable
public record StageChangeWrite(
        @NotNull Stage to, @NotBlank @Size(max = 500) String reason) {}
