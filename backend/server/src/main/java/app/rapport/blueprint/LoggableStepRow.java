package app.rapport.blueprint;

import app.rapport.api.blueprint.Lane;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

@Introspected
record LoggableStepRow(
        String stepId,
        String blueprintId,
        String blueprintName,
        String stepName,
        Lane lane,
        int col,
        @Nullable Integer targetMinutes,
        @Nullable String stepNameZhCn,
        @Nullable String stepNameZhTw,
        @Nullable String blueprintNameZhCn,
        @Nullable String blueprintNameZhTw) {}
