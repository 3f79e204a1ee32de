package app.rapport.api.blueprint;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A flow from one step of the draft to another. */
@Serdeable
public record FlowWrite(
        @NotBlank @Size(max = 36) String fromStepId,
        @NotBlank @Size(max = 36) String toStepId) {}
