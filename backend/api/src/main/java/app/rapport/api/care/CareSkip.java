package app.rapport.api.care;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why a care action will not be done. */
@Serdeable
public record CareSkip(@NotBlank @Size(max = 500) String reason) {}
