package app.rapport.lifecycle;

import app.rapport.api.care.CareKind;
import app.rapport.api.common.ServiceLevel;
import app.rapport.api.lifecycle.Stage;
import app.rapport.api.lifecycle.SuggestionStatus;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** The rows of the lifecycle tables, and the figures it reads from purchases and tiers. */
final class Rows {
    private Rows() {}

    @MappedEntity("relationship")
    @Serdeable
    record Relationship(@Id String clientId, Stage stage, Instant stageSince) {}

    @MappedEntity("stage_change")
    @Serdeable
    record StageChange(
            @Id String id,
            String clientId,
            @Nullable Stage fromStage,
            Stage toStage,
            Instant at,
            String actor,
            String reason,
            @Nullable String suggestionId,
            int scheduled,
            int cancelled) {}

    @MappedEntity("stage_suggestion")
    @Serdeable
    record Suggestion(
            @Id String id,
            String clientId,
            Stage fromStage,
            Stage toStage,
            String signals,
            String explanation,
            Instant computedAt,
            SuggestionStatus status,
            @Nullable String decidedBy,
            @Nullable Instant decidedAt,
            @Nullable String decisionReason) {

        Suggestion decided(
                SuggestionStatus newStatus, @Nullable String by, @Nullable Instant at, @Nullable String why) {
            return new Suggestion(
                    id, clientId, fromStage, toStage, signals, explanation, computedAt, newStatus, by, at, why);
        }
    }

    @MappedEntity("playbook_step")
    @Serdeable
    record Step(
            @Id String id,
            Stage stage,
            @Nullable String tierId,
            CareKind kind,
            String title,
            @Nullable Integer offsetDays,
            @Nullable Integer cadenceDays,
            ServiceLevel aimedLevel,
            String ownerRole,
            @Nullable String instructions,
            int position,
            @Nullable String titleZhCn,
            @Nullable String titleZhTw,
            @Nullable String instructionsZhCn,
            @Nullable String instructionsZhTw) {}

    /** What a client bought on one day (within the signal window). */
    @Introspected
    record Bought(String clientId, LocalDate purchasedOn, BigDecimal amount) {}

    /** A client's first purchase ever. */
    @Introspected
    record First(String clientId, LocalDate firstOn) {}

    /** A client's trailing-12-month revenue. */
    @Introspected
    record Revenue(String clientId, BigDecimal revenue) {}

    /** A classified client's tier. */
    @Introspected
    record TierOf(String clientId, @Nullable String tierId) {}
}
