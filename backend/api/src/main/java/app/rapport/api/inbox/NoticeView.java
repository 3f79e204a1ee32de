package app.rapport.api.inbox;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.Map;

/**
 * One notice of a member's inbox: its kind, the complaint it is about (id and reference number), machine values the
 * UI words ({@code args}: the milestone, the share used, the client's name), when, and whether it was read.
 */
@Serdeable
public record NoticeView(
        String id,
        NoticeKind kind,
        @Nullable String complaintId,
        long complaintNumber,
        Map<String, Object> args,
        Instant at,
        @Nullable Instant readAt) {}
