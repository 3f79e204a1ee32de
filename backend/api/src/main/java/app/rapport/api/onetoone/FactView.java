package app.rapport.api.onetoone;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

@Serdeable
public record FactView(
        String id,
        FactCategory category,
        String label,
        FactType type,
        String value,
        String recordedBy,
        Instant recordedAt) {}
