package app.rapport.api.care;

import app.rapport.api.common.ReasonCode;
import app.rapport.api.common.ServiceLevel;
import app.rapport.api.common.TenantRole;
import app.rapport.api.lifecycle.Stage;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Planned work for one client. {@code owner} is a username; an action without an owner waits in the queue of
 * {@code ownerRole}. {@code sourceRef} points at what planned it (playbook step, product, touchpoint), {@code stage} the stage whose playbook
 * did. {@code closeReason} is what the person wrote when skipping; {@code closeCode} why the server closed it. {@code mayClose}: whether the caller may complete or skip it (the server
 * decides; a UI offers what it allows).
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
        TenantRole ownerRole,
        CareSource source,
        @Nullable String sourceRef,
        CareStatus status,
        @Nullable ServiceLevel aimedLevel,
        @Nullable ServiceLevel deliveredLevel,
        @Nullable Stage stage,
        @Nullable String outcome,
        @Nullable String closeReason,
        @Nullable ReasonCode closeCode,
        @Nullable Instant closedAt,
        @Nullable String closedBy,
        Instant createdAt,
        String createdBy,
        boolean mayClose) {}
