package app.rapport.api.directory;

import app.rapport.api.care.CareActionWrite;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Plan the same care action for each selected client, all or none (without an owner: each client's owner). */
@Serdeable
public record BulkCarePlan(
        @NotEmpty @Size(max = 500) List<@NotBlank String> clientIds,
        @NotNull @Valid CareActionWrite action) {}
