package app.rapport.api.lifecycle;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/**
 * One event of a client's history. {@code code} and {@code fromCode} are machine words a UI translates: the channel
 * of a touchpoint or interaction, the kind and status of a care action ("CALL/DONE"), the stages of a stage change,
 * the tier ids of a tier change; {@code text} is what people wrote or the figures of a purchase.
 */
@Serdeable
public record TimelineEntry(
        Instant at,
        TimelineKind kind,
        String refId,
        @Nullable String code,
        @Nullable String fromCode,
        String text,
        @Nullable String actor) {}
