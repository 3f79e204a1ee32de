package app.rapport.survey;

import app.rapport.api.survey.SkipReason;
import app.rapport.api.survey.SurveySettings;
import app.rapport.platform.audit.AuditLog;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A rule's invitation falling due, in one transaction: skipped when the client has opted out, was asked within the
 * suppression window, or the instrument was archived meanwhile; otherwise sent — open from now for the expiry days,
 * at the instrument's current version, with a care action for the client's owner to deliver the link. The client's
 * row is locked as a manual invitation locks it, so that the two cannot both slip through the window; the invitation
 * is taken with SKIP LOCKED, so that two replicas never send it twice.
 */
@Singleton
class SendDueSurvey {
    enum Outcome {
        SENT,
        SKIPPED,
        NONE
    }

    private final InvitationStore invitations;
    private final ResponseStore responses;
    private final Instruments instruments;
    private final SettingsStore settings;
    private final SurveyFollowUp followUp;
    private final AuditLog audit;

    SendDueSurvey(
            InvitationStore invitations,
            ResponseStore responses,
            Instruments instruments,
            SettingsStore settings,
            SurveyFollowUp followUp,
            AuditLog audit) {
        this.invitations = invitations;
        this.responses = responses;
        this.instruments = instruments;
        this.settings = settings;
        this.followUp = followUp;
        this.audit = audit;
    }

    @Transactional
    Outcome send(String id, Instant now) {
        Optional<Invitation> due = invitations.scheduledForUpdate(id);
        if (due.isEmpty()) {
            return Outcome.NONE;
        }
        Invitation invitation = due.get();
        invitations.lockClient(invitation.clientId());
        SurveySettings how = settings.current();
        Optional<Instruments.Head> head = instruments.forUpdate(invitation.instrumentId());
        SkipReason skip = null;
        if (responses.optedOut(invitation.clientId()).isPresent()) {
            skip = SkipReason.OPTED_OUT;
        } else if (head.isEmpty() || head.get().archived()) {
            skip = SkipReason.ARCHIVED;
        } else if (how.suppressionDays() > 0
                && invitations
                        .lastInvited(invitation.clientId())
                        .filter(last -> now.isBefore(last.plus(Duration.ofDays(how.suppressionDays()))))
                        .isPresent()) {
            skip = SkipReason.SUPPRESSED;
        }
        if (skip != null) {
            invitations.skip(id, skip, now);
            audit.record("SKIP", "survey_invitation", id, invitation, skip);
            return Outcome.SKIPPED;
        }
        invitations.release(
                id, now, now.plus(Duration.ofDays(how.expiryDays())), head.get().currentVersion());
        String action = followUp.planSending(invitation);
        audit.record("SEND", "survey_invitation", id, invitation, action);
        return Outcome.SENT;
    }
}
