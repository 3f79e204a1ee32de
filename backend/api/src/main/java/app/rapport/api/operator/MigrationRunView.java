package app.rapport.api.operator;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/** One run of the tenant migration job: how many tenants it migrated, skipped (already current) and failed. */
@Serdeable
public record MigrationRunView(
        String id,
        String state,
        int workers,
        int tenants,
        int migrated,
        int skipped,
        int failed,
        Instant startedAt,
        @Nullable Instant finishedAt,
        String targetVersion) {}
