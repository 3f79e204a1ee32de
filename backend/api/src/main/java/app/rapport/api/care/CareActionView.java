package app.rapport.api.care;

import app.rapport.api.common.ServiceLevel;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Planned work for one client. {@code owner} is a username; an action without an owner waits in the queue of
 * {@code ownerRole}. {@code sourceRef} points at what planned it (playbook step, product, touchpoint).
 */
@Serdeable
public record CareActionView(
        String id,
        String clientId,
        String clientName,
        CareKind kind,
        String title,
        @Nullable String instructions,
        LocalDate dueOn,
        @Nullable String owner,
        String ownerRole,
        CareSource source,
        @Nullable String sourceRef,
        CareStatus status,
        @Nullable ServiceLevel aimedLevel,
        @Nullable ServiceLevel deliveredLevel,
        @Nullable String outcome,
        @Nullable String closeReason,
        @Nullable Instant closedAt,
        @Nullable String closedBy,
        Instant createdAt,
        String createdBy) {}
