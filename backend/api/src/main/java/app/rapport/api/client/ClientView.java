package app.rapport.api.client;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;

/**
 * A client as the API shows it; {@code version} is the optimistic-locking version also sent as the ETag;
 * {@code erasedAt}: when the person's data was erased (their name is then a neutral "#" and the id's start).
 */
@Serdeable
public record ClientView(
        String id,
        ClientKind kind,
        String name,
        @Nullable String industry,
        @Nullable String email,
        @Nullable String phone,
        @Nullable String city,
        @Nullable String website,
        @Nullable String notes,
        List<ContactView> contacts,
        long version,
        Instant createdAt,
        String createdBy,
        Instant updatedAt,
        String updatedBy,
        @Nullable Instant erasedAt) {}
