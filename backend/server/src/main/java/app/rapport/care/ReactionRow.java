package app.rapport.care;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import java.time.Instant;

/** One rating or sentiment of a touchpoint, for signals. */
@Introspected
record ReactionRow(
        String clientId,
        Instant at,
        @Nullable Integer rating,
        @Nullable String sentiment) {}
