package app.rapport.lifecycle;

import app.rapport.api.lifecycle.Stage;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

@MappedEntity("stage_change")
@Serdeable
record StageChangeRow(
        @Id String id,
        String clientId,
        @Nullable Stage fromStage,
        Stage toStage,
        Instant at,
        String actor,
        String reason,
        @Nullable String suggestionId,
        int scheduled,
        int cancelled) {}
