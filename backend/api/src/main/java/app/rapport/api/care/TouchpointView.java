package app.rapport.api.care;

import app.rapport.api.blueprint.StepLabel;
import app.rapport.api.common.Channel;
import app.rapport.api.common.ServiceLevel;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/** A logged touchpoint, with the blueprint step it was logged against, if any. */
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
        @Nullable StepLabel blueprintStep,
        @Nullable String followUpActionId,
        String recordedBy) {}
