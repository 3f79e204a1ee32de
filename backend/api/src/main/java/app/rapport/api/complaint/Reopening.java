package app.rapport.api.complaint;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The client came back about a complaint that was over: why, in their words. */
@Serdeable
public record Reopening(@NotBlank @Size(max = 1000) String reason) {}
