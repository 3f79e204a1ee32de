package app.rapport.care;

import app.rapport.api.care.CareKind;
import app.rapport.api.care.CareSource;
import app.rapport.api.care.CareStatus;
import app.rapport.api.care.Sentiment;
import app.rapport.api.common.Channel;
import app.rapport.api.common.ServiceLevel;
import app.rapport.api.lifecycle.Stage;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.time.LocalDate;

/** The rows of the care tables. */
final class Rows {
    private Rows() {}

    /** A care action; status is PLANNED, DONE, SKIPPED or CANCELLED (OVERDUE is derived). */
    @MappedEntity("care_action")
    @Serdeable
    record Action(
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
            String createdBy) {

        Action withOwner(@Nullable String newOwner) {
            return new Action(
                    id,
                    clientId,
                    kind,
                    title,
                    instructions,
                    dueOn,
                    newOwner,
                    ownerRole,
                    source,
                    sourceRef,
                    stage,
                    repeatDays,
                    status,
                    aimedLevel,
                    deliveredLevel,
                    outcome,
                    closeReason,
                    closedAt,
                    closedBy,
                    createdAt,
                    createdBy);
        }

        Action closed(
                CareStatus newStatus,
                @Nullable ServiceLevel delivered,
                @Nullable String newOutcome,
                @Nullable String reason,
                Instant at,
                String by) {
            return new Action(
                    id,
                    clientId,
                    kind,
                    title,
                    instructions,
                    dueOn,
                    owner,
                    ownerRole,
                    source,
                    sourceRef,
                    stage,
                    repeatDays,
                    newStatus,
                    aimedLevel,
                    delivered,
                    newOutcome,
                    reason,
                    at,
                    by,
                    createdAt,
                    createdBy);
        }
    }

    @MappedEntity("client_owner")
    @Serdeable
    record Owner(@Id String clientId, String owner, String ownerRole, Instant assignedAt, String assignedBy) {}

    @MappedEntity("touchpoint")
    @Serdeable
    record Touchpoint(
            @Id String id,
            String clientId,
            Channel channel,
            Instant at,
            @Nullable Integer durationMinutes,
            String what,
            @Nullable Integer rating,
            @Nullable Sentiment sentiment,
            @Nullable ServiceLevel serviceLevel,
            @Nullable String contactPerson,
            @Nullable String blueprintStepId,
            @Nullable String followUpActionId,
            String recordedBy,
            Instant recordedAt) {}

    /** A classified client's tier and the care cadence it entitles to. */
    @Introspected
    record Cadence(String clientId, String tierId, String tierName, int careCadenceDays) {}

    /** The last contact with a client: latest touchpoint or closed care action. */
    @Introspected
    record LastContact(String clientId, Instant at) {}

    /** One rating or sentiment of a touchpoint, for signals. */
    @Introspected
    record Reaction(
            String clientId,
            Instant at,
            @Nullable Integer rating,
            @Nullable String sentiment) {}

    /** A count per client. */
    @Introspected
    record Count(String clientId, long n) {}
}
