package app.rapport.blueprint;

import app.rapport.api.blueprint.VersionStatus;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

@MappedEntity("blueprint_version")
@Serdeable
record VersionRow(
        @Id String id,
        String blueprintId,
        int number,
        VersionStatus status,
        Instant createdAt,
        String createdBy,
        @Nullable Instant publishedAt,
        @Nullable String publishedBy,
        @Nullable Instant retiredAt,
        @Nullable String retiredBy) {}
