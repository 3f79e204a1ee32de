package app.rapport.api.lifecycle;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;

/** A suggested stage change, the signals and figures behind it, and what the account manager decided. */
@Serdeable
public record SuggestionView(
        String id,
        String clientId,
        String clientName,
        @Nullable String owner,
        Stage from,
        Stage to,
        List<Signal> signals,
        Instant computedAt,
        SuggestionStatus status,
        @Nullable String decidedBy,
        @Nullable Instant decidedAt,
        @Nullable String decisionReason) {}
