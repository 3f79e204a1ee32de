package app.rapport.survey;

import app.rapport.api.common.Translated;
import app.rapport.api.survey.InvitationStatus;
import app.rapport.api.survey.InvitationView;
import app.rapport.api.survey.NpsGroup;
import app.rapport.api.survey.SurveyResult;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Invitations as the API shows them: with their instrument's name, where they stand now, and their answer's figures. */
@Singleton
class SurveyViews {
    private final Instruments instruments;
    private final ResponseStore responses;
    private final Clock clock;

    SurveyViews(Instruments instruments, ResponseStore responses, Clock clock) {
        this.instruments = instruments;
        this.responses = responses;
        this.clock = clock;
    }

    List<InvitationView> of(List<Invitation> invitations) {
        Map<String, Instruments.Head> heads = instruments.heads();
        Map<String, Response> answers = responses.of(invitations.stream()
                .filter(i -> i.status() == InvitationStatus.ANSWERED)
                .map(Invitation::id)
                .toList());
        Instant now = Instant.now(clock);
        return invitations.stream()
                .map(i -> view(i, heads.get(i.instrumentId()), answers.get(i.id()), now))
                .toList();
    }

    InvitationView of(Invitation invitation) {
        return of(List.of(invitation)).get(0);
    }

    /** An answered invitation in full: the questions of the version it was asked in, and the answers as given. */
    app.rapport.api.survey.ResponseView response(Invitation invitation, Response r) {
        return new app.rapport.api.survey.ResponseView(
                of(invitation),
                r.submittedAt(),
                instruments
                        .version(invitation.instrumentId(), invitation.instrumentVersion())
                        .orElseThrow()
                        .questions(),
                r.answers());
    }

    private static InvitationView view(Invitation i, Instruments.Head head, Response r, Instant now) {
        InvitationStatus status = i.statusAt(now);
        return new InvitationView(
                i.id(),
                i.instrumentId(),
                head == null ? "" : head.name(),
                head == null ? Translated.NONE : head.nameTranslations(),
                i.instrumentVersion(),
                i.clientId(),
                i.contactId(),
                i.language(),
                status,
                i.trigger(),
                i.triggerRef(),
                i.createdAt(),
                i.createdBy(),
                i.expiresAt(),
                i.answeredAt(),
                r == null ? null : result(r),
                status == InvitationStatus.OPEN || status == InvitationStatus.SCHEDULED,
                i.skipped(),
                status == InvitationStatus.OPEN,
                i.productId(),
                i.blueprintId());
    }

    static SurveyResult result(Response r) {
        return new SurveyResult(
                r.csat(),
                r.csatPositive(),
                r.nps(),
                r.nps() == null ? null : NpsGroup.of(r.nps()),
                r.effort(),
                r.low(),
                r.reasons(),
                r.followUpId(),
                r.channel(),
                r.recordedBy());
    }
}
