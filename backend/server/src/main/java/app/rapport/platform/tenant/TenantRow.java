package app.rapport.platform.tenant;

import app.rapport.api.operator.TenantLocale;
import app.rapport.api.operator.TenantStatus;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.time.ZoneId;

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
        Instant updatedAt,
        String timeZone,
        String currency,
        String defaultLocale,
        @Nullable Instant deletedAt,
        @Nullable String deletedBy) {

    TenantRow withStatus(TenantStatus s, Instant now) {
        return copy(s, schemaVersion, lastMigrationAt, lastMigrationResult, now, locale(), deletedAt, deletedBy);
    }

    TenantRow withMigration(@Nullable String version, String result, Instant now) {
        return copy(status, version, now, result, now, locale(), deletedAt, deletedBy);
    }

    TenantRow withLocale(TenantLocale l, Instant now) {
        return copy(status, schemaVersion, lastMigrationAt, lastMigrationResult, now, l, deletedAt, deletedBy);
    }

    TenantRow deleted(Instant at, String by) {
        return copy(TenantStatus.DELETED, schemaVersion, lastMigrationAt, lastMigrationResult, at, locale(), at, by);
    }

    private TenantRow copy(
            TenantStatus s,
            @Nullable String version,
            @Nullable Instant migratedAt,
            @Nullable String migrationResult,
            Instant now,
            TenantLocale l,
            @Nullable Instant removedAt,
            @Nullable String removedBy) {
        return new TenantRow(
                id,
                slug,
                displayName,
                schemaName,
                s,
                version,
                migratedAt,
                migrationResult,
                placement,
                adminEmail,
                createdAt,
                now,
                l.timeZone(),
                l.currency(),
                l.defaultLocale(),
                removedAt,
                removedBy);
    }

    TenantLocale locale() {
        return new TenantLocale(timeZone, currency, defaultLocale);
    }

    /** The tenant as work for it runs: its slug, schema and clock. */
    Tenant tenant() {
        return new Tenant(slug, schemaName, ZoneId.of(timeZone));
    }
}
