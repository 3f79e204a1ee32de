package app.rapport.onetoone;

import app.rapport.api.common.Channel;
import app.rapport.api.onetoone.Direction;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

@MappedEntity("interaction")
@Serdeable
record InteractionRow(
        @Id String id,
        String clientId,
        Direction direction,
        Channel channel,
        Instant at,
        String who,
        String summary,
        @Nullable String response,
        String recordedBy) {}
