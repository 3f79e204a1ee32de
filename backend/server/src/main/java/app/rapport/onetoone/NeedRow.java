package app.rapport.onetoone;

import app.rapport.api.onetoone.NeedOrigin;
import app.rapport.api.onetoone.NeedStatus;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

@MappedEntity("client_need")
@Serdeable
record NeedRow(
        @Id String id,
        String clientId,
        NeedOrigin origin,
        String description,
        NeedStatus status,
        String recordedBy,
        Instant recordedAt,
        Instant updatedAt) {}
