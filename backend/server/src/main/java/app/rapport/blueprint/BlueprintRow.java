package app.rapport.blueprint;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

@MappedEntity("blueprint")
@Serdeable
record BlueprintRow(
        @Id String id,
        String name,
        @Nullable String description,
        Instant createdAt,
        String createdBy,
        @Nullable String nameZhCn,
        @Nullable String nameZhTw) {}
