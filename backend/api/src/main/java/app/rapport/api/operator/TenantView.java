package app.rapport.api.operator;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/** A tenant catalog entry; {@code schemaCurrent} tells whether its schema is at the version the code expects. */
@Serdeable
public record TenantView(
        String slug,
        String displayName,
        String schemaName,
        TenantStatus status,
        @Nullable String schemaVersion,
        boolean schemaCurrent,
        @Nullable Instant lastMigrationAt,
        @Nullable MigrationResult lastMigration,
        String placement,
        @Nullable String adminEmail,
        Instant createdAt,
        Instant updatedAt,
        TenantLocale locale,
        @Nullable Instant deletedAt,
        @Nullable String deletedBy) {}
