package app.rapport.survey;

import app.rapport.api.common.FieldCode;
import app.rapport.api.common.ProblemCode;
import app.rapport.api.common.ProblemView.FieldProblem;
import app.rapport.api.survey.InvitationStatus;
import app.rapport.api.survey.RecordedAnswers;
import app.rapport.api.survey.ResponseView;
import app.rapport.api.survey.SurveyChannel;
import app.rapport.api.survey.SurveySettings;
import app.rapport.api.survey.SurveyTrigger;
import app.rapport.client.Clients;
import app.rapport.platform.audit.AuditLog;
import app.rapport.platform.security.Actor;
import app.rapport.platform.web.ProblemException;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * An account manager records the answers a client gave by phone, on paper or in person, with the day they were given
 * (the tenant's calendar, not after today, at most ten years back). Answering an open invitation of the client's, the
 * invitation moves to ANSWERED in one conditional update (a second recording, or the client's own answer through the
 * link meanwhile, is refused as answered); standing alone, an answered invitation of trigger RECORDED is written with
 * it — the client was surveyed then, so the suppression window counts from that day. The answers are checked as the
 * form's, and counted in every figure by the day they were given. A low answer opens the follow-up while it can still
 * be on time: due the follow-up days after the day it was given (today at the earliest), and none when that day has
 * passed — an old answer is history. An opt-out the client asked for is recorded too.
 */
@Singleton
class RecordAnswers {
    /** How far back recorded answers may go (paper forms of earlier years, typed in). */
    static final int MAX_DAYS_BACK = 3660;

    private final InvitationStore invitations;
    private final ResponseStore responses;
    private final Instruments instruments;
    private final SettingsStore settings;
    private final SurveyFollowUp followUp;
    private final InviteClient invite;
    private final SurveyViews views;
    private final Clients clients;
    private final AuditLog audit;
    private final Actor actor;
    private final Clock clock;

    RecordAnswers(
            InvitationStore invitations,
            ResponseStore responses,
            Instruments instruments,
            SettingsStore settings,
            SurveyFollowUp followUp,
            InviteClient invite,
            SurveyViews views,
            Clients clients,
            AuditLog audit,
            Actor actor,
            Clock clock) {
        this.invitations = invitations;
        this.responses = responses;
        this.instruments = instruments;
        this.settings = settings;
        this.followUp = followUp;
        this.invite = invite;
        this.views = views;
        this.clients = clients;
        this.audit = audit;
        this.actor = actor;
        this.clock = clock;
    }

    @Transactional
    ResponseView record(String clientId, RecordedAnswers write) {
        clients.requireExists(clientId);
        invitations.lockClient(clientId);
        Instant now = Instant.now(clock);
        LocalDate today = LocalDate.now(clock);
        List<FieldProblem> problems = new ArrayList<>();
        if (write.channel() == SurveyChannel.FORM) {
            problems.add(FieldProblem.of("channel", FieldCode.INVALID));
        }
        if (write.answeredOn().isAfter(today)) {
            problems.add(FieldProblem.of("answeredOn", FieldCode.IN_FUTURE));
        } else if (write.answeredOn().isBefore(today.minusDays(MAX_DAYS_BACK))) {
            problems.add(FieldProblem.of(
                    "answeredOn",
                    FieldCode.TOO_LONG_AGO,
                    "earliest",
                    today.minusDays(MAX_DAYS_BACK).toString()));
        }
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
        // the day's noon in the tenant's zone, or now for today: the answer sorts where it was given
        Instant answeredAt = write.answeredOn().equals(today)
                ? now
                : write.answeredOn()
                        .atTime(LocalTime.NOON)
                        .atZone(clock.getZone())
                        .toInstant();
        Invitation invitation = write.invitationId() == null
                ? standAlone(clientId, write, answeredAt)
                : answering(clientId, write, answeredAt, now);
        Instruments.Version version = instruments
                .version(invitation.instrumentId(), invitation.instrumentVersion())
                .orElseThrow();
        var invalid = AnswersPolicy.check(version.questions(), write.answers());
        if (!invalid.isEmpty()) {
            throw ProblemException.invalid(invalid);
        }
        if (write.invitationId() == null) {
            invitations.insert(invitation, Tokens.hash(Tokens.fresh("recorded")));
        } else if (!invitations.answer(invitation.id(), answeredAt, now)) {
            throw InviteClient.notOpen(
                    invitations.byId(invitation.id()).orElseThrow().statusAt(now));
        }
        AnswersPolicy.Figures figures =
                AnswersPolicy.figures(version.questions(), write.answers(), version.positiveFrom());
        Response response =
                Response.of(invitation, answeredAt, figures, write.answers(), write.channel(), actor.name());
        responses.insert(response);
        if (figures.low()) {
            SurveySettings how = settings.current();
            LocalDate due = write.answeredOn().plusDays(how.followUpDays());
            if (!due.isBefore(today)) {
                String careId = followUp.plan(invitation, figures, due);
                responses.setFollowUp(invitation.id(), careId);
            }
        }
        if (write.optOut()) {
            responses.optOut(clientId, now, actor.name());
        }
        audit.record("RECORD", "survey_response", invitation.id(), null, figures);
        Invitation stored = invitations.byId(invitation.id()).orElseThrow();
        return views.response(stored, responses.of(List.of(invitation.id())).get(invitation.id()));
    }

    /** A new invitation, answered: the instrument's current version, what the survey asked about, its language. */
    private Invitation standAlone(String clientId, RecordedAnswers write, Instant answeredAt) {
        if (write.instrumentId() == null || write.instrumentId().isBlank()) {
            throw ProblemException.badField("instrumentId", FieldCode.NOT_BLANK);
        }
        Instruments.Head instrument = instruments
                .forUpdate(write.instrumentId())
                .orElseThrow(() -> ProblemException.badField("instrumentId", FieldCode.INVALID));
        if (instrument.archived()) {
            throw new ProblemException(ProblemCode.INSTRUMENT_ARCHIVED, "the instrument is archived");
        }
        invite.checkSubject(write.productId(), write.blueprintId());
        return new Invitation(
                UUID.randomUUID().toString(),
                instrument.id(),
                instrument.currentVersion(),
                clientId,
                null,
                invite.languageOr(write.language()),
                InvitationStatus.ANSWERED,
                SurveyTrigger.RECORDED,
                write.channel().name(),
                answeredAt,
                actor.name(),
                answeredAt,
                answeredAt,
                null,
                null,
                write.productId(),
                write.blueprintId());
    }

    /** The client's open invitation these answers answer, given no earlier than it was sent. */
    private Invitation answering(String clientId, RecordedAnswers write, Instant answeredAt, Instant now) {
        Invitation invitation = invitations
                .byId(write.invitationId())
                .filter(i -> i.clientId().equals(clientId))
                .orElseThrow(() -> ProblemException.badField("invitationId", FieldCode.INVALID));
        InvitationStatus status = invitation.statusAt(now);
        if (status != InvitationStatus.OPEN) {
            throw InviteClient.notOpen(status);
        }
        if (write.instrumentId() != null && !write.instrumentId().equals(invitation.instrumentId())) {
            throw ProblemException.badField("instrumentId", FieldCode.INVALID);
        }
        LocalDate invitedOn = invitation.createdAt().atZone(clock.getZone()).toLocalDate();
        if (write.answeredOn().isBefore(invitedOn)) {
            throw ProblemException.invalid(
                    FieldProblem.of("answeredOn", FieldCode.BEFORE_INVITATION, "invitedOn", invitedOn.toString()));
        }
        return invitation;
    }
}
