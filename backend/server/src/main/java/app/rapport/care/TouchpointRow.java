package app.rapport.care;

import app.rapport.api.care.Sentiment;
import app.rapport.api.common.Channel;
import app.rapport.api.common.ServiceLevel;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

@MappedEntity("touchpoint")
@Serdeable
record TouchpointRow(
        @Id String id,
        String clientId,
        Channel channel,
        Instant at,
        @Nullable Integer durationMinutes,
        String what,
        @Nullable Integer rating,
        @Nullable Sentiment sentiment,
        @Nullable ServiceLevel serviceLevel,
        @Nullable String contactPerson,
        @Nullable String blueprintStepId,
        @Nullable String followUpActionId,
        String recordedBy,
        Instant recordedAt) {}
