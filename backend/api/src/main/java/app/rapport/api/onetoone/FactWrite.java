package app.rapport.api.onetoone;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A profile fact; the value must read as its type (NUMBER: 12.5, DATE: 2026-05-01, YES_NO: true/false). */
@Serdeable
public record FactWrite(
        @NotNull FactCategory category,
        @NotBlank @Size(max = 100) String label,
        @NotNull FactType type,
        @NotBlank @Size(max = 500) String value) {}
