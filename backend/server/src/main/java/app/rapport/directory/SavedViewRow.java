package app.rapport.directory;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

@MappedEntity("saved_view")
@Serdeable
record SavedViewRow(
        @Id String id,
        String member,
        String name,
        @Nullable String q,
        @Nullable String tierId,
        @Nullable String stage,
        @Nullable String owner,
        boolean mine,
        @Nullable Integer silentDays,
        @Nullable String sort,
        Instant createdAt) {}
