package app.rapport.api.care;

import app.rapport.api.common.Channel;
import app.rapport.api.common.ServiceLevel;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/** A logged touchpoint; {@code blueprintStepName} reads "blueprint › step" when it was logged against a step. */
@Serdeable
public record TouchpointView(
        String id,
        String clientId,
        String clientName,
        Channel channel,
        Instant at,
        @Nullable Integer durationMinutes,
        String what,
        @Nullable Integer rating,
        @Nullable Sentiment sentiment,
        @Nullable ServiceLevel serviceLevel,
        @Nullable String contactPerson,
        @Nullable String blueprintStepId,
        @Nullable String blueprintStepName,
        @Nullable String followUpActionId,
        String recordedBy) {}
