package app.rapport.api.survey;

import app.rapport.api.common.Translated;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/**
 * An invitation as the API shows it (never its token, which only its creator saw once): the instrument and version
 * asked, the client and contact, the form's language, where it stands, what sent it, when it was sent (a scheduled
 * one: when it will be), expires and was answered, the answer's headline figures, whether the caller may cancel it
 * (scheduled, or open and not expired), why a rule's invitation was not sent, and whether a new link may be made
 * (open and not expired); what it asks about where known (a product, a service's blueprint).
 */
@Serdeable
public record InvitationView(
        String id,
        String instrumentId,
        String instrumentName,
        Translated instrumentNameTranslations,
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
        @Nullable SurveyResult result,
        boolean mayCancel,
        @Nullable SkipReason skipped,
        boolean mayLink,
        @Nullable String productId,
        @Nullable String blueprintId) {}
