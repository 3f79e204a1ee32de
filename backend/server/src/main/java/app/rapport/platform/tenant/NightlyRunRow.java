package app.rapport.platform.tenant;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.time.LocalDate;

/** A nightly job's claim on one tenant and night, and what it did (key: job, tenant, local date). */
@MappedEntity("nightly_run")
record NightlyRunRow(
        @Id String job,
        String tenantSlug,
        LocalDate localDate,
        Instant startedAt,
        @Nullable Instant finishedAt,
        @Nullable String result) {}
