package app.rapport.api.blueprint;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** One finding of the blueprint check, about the whole draft or one step; a UI words the code. */
@Serdeable
public record Finding(
        FindingCode code, @Nullable String stepId, @Nullable String stepName) {}
