package app.rapport.api.care;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.FutureOrPresent;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A follow-up promised to the client at a touchpoint; it becomes a care action (kind defaults to CALL). */
@Serdeable
public record FollowUp(
        @NotBlank @Size(max = 200) String title,
        @NotNull @FutureOrPresent LocalDate dueOn,
        @Nullable CareKind kind,
        @Nullable @Size(max = 100) String owner) {}
