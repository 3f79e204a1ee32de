package app.rapport.api.gaps;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;

/**
 * The caller's own latest answers to the internal questionnaire ({@code version} 0 and no dimensions: never answered).
 * Each save is a new version over the one read (If-Match); the earlier ones stay, so a period's figures take each
 * member's latest answers within it.
 */
@Serdeable
public record GapAssessment(long version, @Nullable Instant answeredAt, List<DimensionAssessment> dimensions) {}
