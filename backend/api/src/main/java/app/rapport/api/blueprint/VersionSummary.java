package app.rapport.api.blueprint;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

@Serdeable
public record VersionSummary(
        String id,
        int number,
        VersionStatus status,
        int steps,
        @Nullable Instant publishedAt) {}
