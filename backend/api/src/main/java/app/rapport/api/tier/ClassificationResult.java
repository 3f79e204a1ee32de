package app.rapport.api.tier;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/** What one classification run did: clients evaluated, tiers changed, pinned clients left alone, pins expired. */
@Serdeable
public record ClassificationResult(
        TierMethod method,
        ValueMeasure measure,
        int evaluated,
        int changed,
        int pinnedSkipped,
        int pinsExpired,
        long millis,
        Instant at) {}
