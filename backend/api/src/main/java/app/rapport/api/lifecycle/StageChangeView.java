package app.rapport.api.lifecycle;

import app.rapport.api.common.ReasonCode;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/**
 * One stage change: from (null when the relationship began), to, when, who, why, the suggestion it accepted, and how
 * many playbook actions it scheduled and cancelled. {@code reasonCode} says what kind of change it was; {@code reason}
 * is what the person wrote (none for a registration or an accepted suggestion without a comment).
 */
@Serdeable
public record StageChangeView(
        String id,
        @Nullable Stage from,
        Stage to,
        Instant at,
        String actor,
        ReasonCode reasonCode,
        @Nullable String reason,
        @Nullable String suggestionId,
        int scheduled,
        int cancelled) {}
