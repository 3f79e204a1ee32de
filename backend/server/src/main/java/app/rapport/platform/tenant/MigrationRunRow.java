package app.rapport.platform.tenant;

import app.rapport.api.operator.MigrationRunView;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

@MappedEntity("migration_run")
record MigrationRunRow(
        @Id String id,
        String state,
        int workers,
        int tenants,
        int migrated,
        int skipped,
        int failed,
        String targetVersion,
        Instant startedAt,
        @Nullable Instant finishedAt) {

    MigrationRunView view() {
        return new MigrationRunView(
                id, state, workers, tenants, migrated, skipped, failed, startedAt, finishedAt, targetVersion);
    }
}
