package app.rapport.api.care;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Open care actions handed to another member at once (tenant admins). */
@Serdeable
public record BulkReassignment(
        @NotEmpty @Size(max = 500) List<@NotBlank String> actionIds,
        @NotBlank @Size(max = 100) String owner) {}
