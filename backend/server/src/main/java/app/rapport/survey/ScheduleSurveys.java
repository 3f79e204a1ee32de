package app.rapport.survey;

import app.rapport.api.survey.SkipReason;
import app.rapport.api.survey.SurveyTrigger;
import app.rapport.blueprint.Services;
import app.rapport.care.CareActionDone;
import app.rapport.care.TouchpointLogged;
import app.rapport.complaint.ComplaintClosed;
import app.rapport.complaint.ComplaintReopened;
import app.rapport.platform.tenant.TenantCatalog;
import app.rapport.platform.tenant.TenantScope;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * The survey rules at work: each event a rule listens to schedules one invitation for the client, due the rule's
 * delay later, in the transaction of the event (a complaint closed, a care action of the rule's kind done, a
 * touchpoint logged at the rule's step), asking about the complaint's product and the service (blueprint) of the
 * complaint's or touchpoint's step. A complaint reopened before its survey was sent cancels it. Whether the
 * invitation is sent after all — opt-out, suppression, an archived instrument — is decided when it falls due
 * ({@link SendDueSurvey}).
 */
@Singleton
class ScheduleSurveys {
    private final SurveyRules rules;
    private final InvitationStore invitations;
    private final Instruments instruments;
    private final SettingsStore settings;
    private final TenantCatalog catalog;
    private final Services services;

    ScheduleSurveys(
            SurveyRules rules,
            InvitationStore invitations,
            Instruments instruments,
            SettingsStore settings,
            TenantCatalog catalog,
            Services services) {
        this.rules = rules;
        this.invitations = invitations;
        this.instruments = instruments;
        this.settings = settings;
        this.catalog = catalog;
        this.services = services;
    }

    @EventListener
    void onComplaintClosed(ComplaintClosed e) {
        for (SurveyRules.Rule rule : rules.active(SurveyTrigger.COMPLAINT_CLOSED)) {
            schedule(rule, e.clientId(), e.complaintId(), e.at(), e.productId(), service(e.stepId()));
        }
    }

    @EventListener
    void onComplaintReopened(ComplaintReopened e) {
        invitations.skipScheduled(
                SurveyTrigger.COMPLAINT_CLOSED, e.complaintId(), SkipReason.COMPLAINT_REOPENED, e.at());
    }

    @EventListener
    void onCareDone(CareActionDone e) {
        for (SurveyRules.Rule rule : rules.active(SurveyTrigger.CARE_DONE)) {
            if (rule.careKind() == e.kind()) {
                schedule(rule, e.clientId(), e.actionId(), e.at(), null, null);
            }
        }
    }

    @EventListener
    void onTouchpoint(TouchpointLogged e) {
        for (SurveyRules.Rule rule : rules.active(SurveyTrigger.TOUCHPOINT_STEP)) {
            if (e.stepId().equals(rule.stepId())) {
                schedule(rule, e.clientId(), e.touchpointId(), e.at(), null, service(e.stepId()));
            }
        }
    }

    private @Nullable String service(@Nullable String stepId) {
        return stepId == null ? null : services.ofStep(stepId).orElse(null);
    }

    /**
     * Schedules {@code rule}'s invitation of {@code clientId} for the event {@code ref} seen at {@code at}; answers
     * whether it did (not when the event had scheduled it already, or the instrument is gone or archived).
     */
    boolean schedule(
            SurveyRules.Rule rule,
            String clientId,
            String ref,
            Instant at,
            @Nullable String productId,
            @Nullable String blueprintId) {
        Instruments.Head head = instruments.heads().get(rule.instrumentId());
        if (head == null || head.archived()) {
            return false;
        }
        Instant due = at.plus(Duration.ofHours(rule.delayHours()));
        String slug = TenantScope.current().orElseThrow().slug();
        String language =
                catalog.serving(slug).map(TenantCatalog.Serving::defaultLocale).orElse("en");
        Invitation invitation = new Invitation(
                UUID.randomUUID().toString(),
                head.id(),
                head.currentVersion(),
                clientId,
                null,
                language,
                app.rapport.api.survey.InvitationStatus.SCHEDULED,
                rule.trigger(),
                ref,
                due,
                InvitationStore.BY_RAPPORT,
                due.plus(Duration.ofDays(settings.current().expiryDays())),
                null,
                rule.id(),
                null,
                productId,
                blueprintId);
        // nobody holds this token: whoever sends the invitation makes its link
        return invitations.schedule(invitation, Tokens.hash(Tokens.fresh(slug)));
    }
}
