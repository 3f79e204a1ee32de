package app.rapport.api.tier;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A tier set by hand: which, why (mandatory) and until when (the automatic run resumes after that day). */
@Serdeable
public record TierPin(
        @NotBlank String tierId,
        @NotBlank @Size(min = 3, max = 500) String reason,
        @NotNull @Future LocalDate until) {}
