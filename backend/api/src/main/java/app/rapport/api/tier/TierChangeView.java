package app.rapport.api.tier;

import app.rapport.api.common.ReasonCode;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.Map;

/** One step of a client's tier history: from, to, when, by which method (or PIN / UNPIN / SETTINGS), why as a
 * {@link ReasonCode} with the figures it names ({@code pinExpired}: a pin ran out first), and the reason a person gave
 * for a pin.
 */
@Serdeable
public record TierChangeView(
        String id,
        @Nullable String fromTierId,
        @Nullable String toTierId,
        Instant at,
        String method,
        ReasonCode reasonCode,
        @Nullable String reason,
        Map<String, String> figures,
        String actor) {}
