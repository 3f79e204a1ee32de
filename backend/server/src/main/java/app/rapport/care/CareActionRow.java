package app.rapport.care;

import app.rapport.api.care.CareKind;
import app.rapport.api.care.CareSource;
import app.rapport.api.care.CareStatus;
import app.rapport.api.common.ServiceLevel;
import app.rapport.api.lifecycle.Stage;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.time.LocalDate;

/** A care action; status is PLANNED, DONE, SKIPPED or CANCELLED (OVERDUE is derived). */
@MappedEntity("care_action")
@Serdeable
record CareActionRow(
        @Id String id,
        String clientId,
        CareKind kind,
        String title,
        @Nullable String instructions,
        LocalDate dueOn,
        @Nullable String owner,
        String ownerRole,
        CareSource source,
        @Nullable String sourceRef,
        @Nullable Stage stage,
        @Nullable Integer repeatDays,
        CareStatus status,
        @Nullable ServiceLevel aimedLevel,
        @Nullable ServiceLevel deliveredLevel,
        @Nullable String outcome,
        @Nullable String closeReason,
        @Nullable Instant closedAt,
        @Nullable String closedBy,
        Instant createdAt,
        String createdBy) {}
