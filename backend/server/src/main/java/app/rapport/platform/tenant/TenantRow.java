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
                now,
                timeZone,
                currency,
                defaultLocale,
                deletedAt,
                deletedBy);
    }

    TenantRow withLocale(TenantLocale locale, Instant now) {
        return new TenantRow(
                id,
                slug,
                displayName,
                schemaName,
                status,
                schemaVersion,
                lastMigrationAt,
                lastMigrationResult,
                placement,
                adminEmail,
                createdAt,
                now,
                locale.timeZone(),
                locale.currency(),
                locale.defaultLocale(),
                deletedAt,
                deletedBy);
    }

    TenantRow deleted(Instant at, String by) {
        return new TenantRow(
                id,
                slug,
                displayName,
                schemaName,
                TenantStatus.DELETED,
                schemaVersion,
                lastMigrationAt,
                lastMigrationResult,
                placement,
                adminEmail,
                createdAt,
                at,
                timeZone,
                currency,
                defaultLocale,
                at,
                by);
    }

    TenantLocale locale() {
        return new TenantLocale(timeZone, currency, defaultLocale);
    }

    /** The tenant as work for it runs: its slug, schema and clock. */
    Tenant tenant() {
        return new Tenant(slug, schemaName, ZoneId.of(timeZone));
    }

    TenantRow withMigration(@Nullable String version, String result, Instant now) {
        return new TenantRow(
                id,
                slug,
                displayName,
                schemaName,
                status,
                version,
                now,
                result,
                placement,
                adminEmail,
                createdAt,
                now,
                timeZone,
                currency,
                defaultLocale,
                deletedAt,
                deletedBy);
    }
}
