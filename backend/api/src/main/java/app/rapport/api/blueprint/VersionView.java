package app.rapport.api.blueprint;

import app.rapport.api.common.Translated;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;

/** One version of a blueprint with its steps (by lane, then column), flows and what the check finds in it. */
@Serdeable
public record VersionView(
        String id,
        String blueprintId,
        String blueprintName,
        @Nullable String blueprintDescription,
        int number,
        VersionStatus status,
        Instant createdAt,
        String createdBy,
        @Nullable Instant publishedAt,
        @Nullable String publishedBy,
        @Nullable Instant retiredAt,
        @Nullable String retiredBy,
        List<StepView> steps,
        List<FlowView> flows,
        List<Finding> findings,
        Translated blueprintNameTranslations) {}
