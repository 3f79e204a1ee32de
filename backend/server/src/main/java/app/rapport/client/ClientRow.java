package app.rapport.client;

import app.rapport.api.client.ClientKind;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

@MappedEntity("client")
@Serdeable
record ClientRow(
        @Id String id,
        ClientKind kind,
        String name,
        @Nullable String industry,
        @Nullable String email,
        @Nullable String phone,
        @Nullable String city,
        @Nullable String website,
        @Nullable String notes,
        @Version long version,
        Instant createdAt,
        String createdBy,
        Instant updatedAt,
        String updatedBy,
        @Nullable Instant erasedAt) {}
