package app.rapport.api.complaint;

import app.rapport.api.common.Channel;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/**
 * A complaint in a list: its reference number, client, severity, where it stands and who holds it; {@code clock} its
 * nearest service-level deadline still running (none when nothing is measured, everything running is paused or met,
 * or the complaint is over).
 */
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
        int reopened,
        @Nullable CardClock clock) {}
