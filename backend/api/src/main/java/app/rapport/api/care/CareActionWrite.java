package app.rapport.api.care;

import app.rapport.api.common.ServiceLevel;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.FutureOrPresent;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A care action planned by hand; without an owner it goes to the client's owner, else to the planner. */
@Serdeable
public record CareActionWrite(
        @NotNull CareKind kind,
        @NotBlank @Size(max = 200) String title,
        @NotNull @FutureOrPresent LocalDate dueOn,
        @Nullable @Size(max = 100) String owner,
        @Nullable @Size(max = 1000) String instructions,
        @Nullable ServiceLevel aimedLevel) {}
