package app.rapport.api.directory;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Save the filters and order under a name (a name the member already uses is refused with 409). */
@Serdeable
public record SavedViewWrite(
        @NotBlank @Size(max = 100) String name,
        @NotNull @Valid ClientFilter filter) {}
