package app.rapport.blueprint;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

/** A step's name and its blueprint's, each with its translations. */
@Introspected
record StepLabelRow(
        String stepId,
        String blueprintName,
        @Nullable String blueprintNameZhCn,
        @Nullable String blueprintNameZhTw,
        String stepName,
        @Nullable String stepNameZhCn,
        @Nullable String stepNameZhTw) {}
