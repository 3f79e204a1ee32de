package app.rapport.client;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

@MappedEntity("contact")
@Serdeable
record ContactRow(
        @Id String id,
        String clientId,
        String name,
        @Nullable String jobTitle,
        @Nullable String email,
        @Nullable String phone,
        @MappedProperty("is_primary") boolean primary,
        Instant createdAt) {}
