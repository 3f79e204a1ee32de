package app.rapport.api.directory;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * Hand the selected clients to one member, all or none: if one client's tier does not allow the member's role, nothing
 * changes and the problem names that client ({@code clientId}).
 */
@Serdeable
public record BulkHandover(
        @NotEmpty @Size(max = 500) List<@NotBlank String> clientIds,
        @NotBlank @Size(max = 100) String owner) {}
