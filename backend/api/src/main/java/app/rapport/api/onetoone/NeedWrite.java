package app.rapport.api.onetoone;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A need to record or change; a new need without a status is OPEN. */
@Serdeable
public record NeedWrite(
        @NotNull NeedOrigin origin,
        @NotBlank @Size(max = 500) String description,
        @Nullable NeedStatus status) {}
