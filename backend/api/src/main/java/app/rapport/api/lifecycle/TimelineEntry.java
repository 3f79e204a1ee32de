package app.rapport.api.lifecycle;

import app.rapport.api.common.ReasonCode;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.Map;

/**
 * One event of a client's history. {@code code} and {@code fromCode} are machine words a UI translates: the channel
 * of a touchpoint or interaction, the kind and status of a care action ("CALL/DONE"), the stages of a stage change,
 * the tier ids of a tier change; {@code reasonCode} with {@code args} is why, when the server knows (a registration, an accepted suggestion,
 * a tier decision with its figures, a cancellation, a purchase's figures); {@code text} is what people wrote. An
 * offer's {@code code} is its status, its text the kind and what was offered as the proposer wrote them. A complaint's
 * step: {@code code} the step's kind (ComplaintEventKind), {@code fromCode} the complaint's reference number, args
 * the step's values, text what the person wrote.
 */
@Serdeable
public record TimelineEntry(
        Instant at,
        TimelineKind kind,
        String refId,
        @Nullable String code,
        @Nullable String fromCode,
        @Nullable ReasonCode reasonCode,
        Map<String, Object> args,
        @Nullable String text,
        @Nullable String actor) {}
