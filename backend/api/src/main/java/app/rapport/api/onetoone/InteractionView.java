package app.rapport.api.onetoone;

import app.rapport.api.common.Channel;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

@Serdeable
public record InteractionView(
        String id,
        Direction direction,
        Channel channel,
        Instant at,
        String who,
        String summary,
        @Nullable String response,
        String recordedBy) {}
