package app.rapport.api.care;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Who owns a client or a care action from now on: a member of the tenant (username). */
@Serdeable
public record Assignment(@NotBlank @Size(max = 100) String owner) {}
