package app.rapport.survey;

import app.rapport.api.survey.InvitationStatus;
import app.rapport.api.survey.SkipReason;
import app.rapport.api.survey.SurveyTrigger;
import io.micronaut.core.annotation.Nullable;
import java.time.Instant;

/**
 * An invitation as stored ({@code survey_invitation}); {@code status} is SCHEDULED (a rule's, not sent yet:
 * {@code createdAt} is when it falls due), OPEN, ANSWERED or CANCELLED — an open one past {@code expiresAt} reads as
 * EXPIRED. A rule's invitation names its rule, and why it was not sent when it was skipped.
 */
@io.micronaut.serde.annotation.Serdeable
record Invitation(
        String id,
        String instrumentId,
        int instrumentVersion,
        String clientId,
        @Nullable String contactId,
        String language,
        InvitationStatus status,
        SurveyTrigger trigger,
        @Nullable String triggerRef,
        Instant createdAt,
        String createdBy,
        Instant expiresAt,
        @Nullable Instant answeredAt,
        @Nullable String ruleId,
        @Nullable SkipReason skipped,
        @Nullable String productId,
        @Nullable String blueprintId) {

    /** Where it stands at {@code now}. */
    InvitationStatus statusAt(Instant now) {
        return status == InvitationStatus.OPEN && !now.isBefore(expiresAt) ? InvitationStatus.EXPIRED : status;
    }
}
