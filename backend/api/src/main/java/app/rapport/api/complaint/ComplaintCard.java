package app.rapport.api.complaint;

import app.rapport.api.common.Channel;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/** A complaint in a list: its reference number, client, severity, where it stands and who holds it. */
@Serdeable
public record ComplaintCard(
        String id,
        long number,
        String clientId,
        String clientName,
        Channel channel,
        Severity severity,
        ComplaintStatus status,
        String whatHappened,
        @Nullable String departmentId,
        @Nullable String departmentName,
        String owner,
        Instant receivedAt,
        @Nullable Instant closedAt,
        int reopened) {}
