package app.rapport.api.onetoone;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

@Serdeable
public record NeedView(
        String id,
        NeedOrigin origin,
        String description,
        NeedStatus status,
        String recordedBy,
        Instant recordedAt,
        Instant updatedAt) {}
