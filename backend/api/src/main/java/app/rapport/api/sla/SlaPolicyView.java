package app.rapport.api.sla;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;

/**
 * The service-level policy of the workspace or of a tier ({@code tierId}); {@code inherited} when a tier has none of
 * its own and the workspace's applies. {@code version} 0: never set (no milestone measured). Complaints keep the
 * version they started with; each save is a new version.
 */
@Serdeable
public record SlaPolicyView(
        @Nullable String tierId,
        boolean inherited,
        long version,
        List<MilestoneTarget> targets,
        @Nullable Instant updatedAt,
        @Nullable String updatedBy) {}
