package app.rapport.api.lifecycle;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/**
 * One stage change: from (null when the relationship began), to, when, who, why, the suggestion it accepted, and how
 * many playbook actions it scheduled and cancelled.
 */
@Serdeable
public record StageChangeView(
        String id,
        @Nullable Stage from,
        Stage to,
        Instant at,
        String actor,
        String reason,
        @Nullable String suggestionId,
        int scheduled,
        int cancelled) {}
