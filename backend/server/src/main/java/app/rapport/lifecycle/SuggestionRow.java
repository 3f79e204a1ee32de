package app.rapport.lifecycle;

import app.rapport.api.lifecycle.Stage;
import app.rapport.api.lifecycle.SuggestionStatus;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

@MappedEntity("stage_suggestion")
@Serdeable
record SuggestionRow(
        @Id String id,
        String clientId,
        Stage fromStage,
        Stage toStage,
        String signals,
        String explanation,
        Instant computedAt,
        SuggestionStatus status,
        @Nullable String decidedBy,
        @Nullable Instant decidedAt,
        @Nullable String decisionReason) {}
