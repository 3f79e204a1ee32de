package app.rapport.api.tier;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.Map;

/** One step of a client's tier history: from, to, when, by which method (or PIN / UNPIN), why, and the figures. */
@Serdeable
public record TierChangeView(
        String id,
        @Nullable String fromTierId,
        @Nullable String toTierId,
        Instant at,
        String method,
        String reason,
        Map<String, String> figures,
        String actor) {}
