package app.rapport.api.care;

import app.rapport.api.common.ServiceLevel;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What came of a care action and the service level actually delivered. */
@Serdeable
public record CareCompletion(
        @NotBlank @Size(max = 1000) String outcome, @NotNull ServiceLevel deliveredLevel) {}
