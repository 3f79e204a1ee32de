package app.rapport.api.blueprint;

import app.rapport.api.common.Translated;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;

/** A blueprint with its versions, newest first. */
@Serdeable
public record BlueprintSummary(
        String id,
        String name,
        @Nullable String description,
        Instant createdAt,
        String createdBy,
        List<VersionSummary> versions,
        Translated nameTranslations) {}
