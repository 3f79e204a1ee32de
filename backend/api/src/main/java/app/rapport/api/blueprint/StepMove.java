package app.rapport.api.blueprint;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;

/** Move a step one column or one lane; a step already there trades places with it. */
@Serdeable
public record StepMove(@NotNull MoveDirection direction) {}
