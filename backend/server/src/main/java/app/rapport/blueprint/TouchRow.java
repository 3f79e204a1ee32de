package app.rapport.blueprint;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

/** A touchpoint logged against a step: how long it took and how the client reacted (either may be missing). */
@Introspected
record TouchRow(
        String stepId,
        @Nullable Integer durationMinutes,
        @Nullable Integer rating) {}
