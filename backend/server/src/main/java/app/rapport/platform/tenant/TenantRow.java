package app.rapport.platform.tenant;

import app.rapport.api.operator.TenantStatus;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

@MappedEntity("tenant")
record TenantRow(
        @Id String id,
        String slug,
        String displayName,
        String schemaName,
        TenantStatus status,
        @Nullable String schemaVersion,
        @Nullable Instant lastMigrationAt,
        @Nullable String lastMigrationResult,
        String placement,
        @Nullable String adminEmail,
        Instant createdAt,
        Instant updatedAt) {

    TenantRow withStatus(TenantStatus s, Instant now) {
        return new TenantRow(
                id,
                slug,
                displayName,
                schemaName,
                s,
                schemaVersion,
                lastMigrationAt,
                lastMigrationResult,
                placement,
                adminEmail,
                createdAt,
                now);
    }

    TenantRow withMigration(@Nullable String version, String result, Instant now) {
        return new TenantRow(
                id, slug, displayName, schemaName, status, version, now, result, placement, adminEmail, createdAt, now);
    }
}
