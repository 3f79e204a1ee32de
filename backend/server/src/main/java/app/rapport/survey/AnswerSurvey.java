package app.rapport.survey;

import app.rapport.api.common.ProblemCode;
import app.rapport.api.common.Translated;
import app.rapport.api.survey.FormQuestion;
import app.rapport.api.survey.FormStatement;
import app.rapport.api.survey.InvitationStatus;
import app.rapport.api.survey.Question;
import app.rapport.api.survey.ServqualDimension;
import app.rapport.api.survey.SurveyAnswers;
import app.rapport.api.survey.SurveyChannel;
import app.rapport.api.survey.SurveyForm;
import app.rapport.api.survey.SurveySettings;
import app.rapport.platform.audit.AuditLog;
import app.rapport.platform.web.ProblemException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.connection.annotation.Connectable;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A client answers through the public form, in the tenant their token names (the caller has set its scope). The form
 * shows the version the invitation was made with, in the invitation's language or the one the client picked, with
 * {@code {firm}} as the tenant's display name. The answer is taken once: the invitation moves from OPEN to ANSWERED
 * in one conditional update, and only then are the answer, its reasons, the opt-out and the follow-up written, in the
 * same transaction.
 */
@Singleton
class AnswerSurvey {
    static final Set<String> LANGUAGES = Set.of("en", "zh-CN", "zh-TW");

    private final InvitationStore invitations;
    private final ResponseStore responses;
    private final Instruments instruments;
    private final SettingsStore settings;
    private final SurveyFollowUp followUp;
    private final AuditLog audit;
    private final Clock clock;

    AnswerSurvey(
            InvitationStore invitations,
            ResponseStore responses,
            Instruments instruments,
            SettingsStore settings,
            SurveyFollowUp followUp,
            AuditLog audit,
            Clock clock) {
        this.invitations = invitations;
        this.responses = responses;
        this.instruments = instruments;
        this.settings = settings;
        this.followUp = followUp;
        this.audit = audit;
        this.clock = clock;
    }

    @Connectable
    SurveyForm form(String token, @Nullable String lang, String tenantName) {
        Invitation invitation = open(token);
        String language = lang != null && LANGUAGES.contains(lang) ? lang : invitation.language();
        Instruments.Head head = instruments.heads().get(invitation.instrumentId());
        Instruments.Version version = instruments
                .version(invitation.instrumentId(), invitation.instrumentVersion())
                .orElseThrow();
        return new SurveyForm(
                tenantName,
                language,
                in(head.nameTranslations(), language, head.name(), tenantName),
                version.questions().stream()
                        .map(q -> question(q, language, tenantName))
                        .toList());
    }

    @Transactional
    void answer(String token, SurveyAnswers answers) {
        Invitation invitation = open(token);
        Instruments.Version version = instruments
                .version(invitation.instrumentId(), invitation.instrumentVersion())
                .orElseThrow();
        var problems = AnswersPolicy.check(version.questions(), answers.answers());
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
        Instant now = Instant.now(clock);
        if (!invitations.answer(invitation.id(), now)) {
            throw InviteClient.notOpen(
                    invitations.byId(invitation.id()).orElseThrow().statusAt(now));
        }
        AnswersPolicy.Figures figures =
                AnswersPolicy.figures(version.questions(), answers.answers(), version.positiveFrom());
        Response response = Response.of(invitation, now, figures, answers.answers(), SurveyChannel.FORM, null);
        responses.insert(response);
        if (figures.low()) {
            SurveySettings how = settings.current();
            responses.setFollowUp(invitation.id(), followUp.plan(invitation, figures, how.followUpDays()));
        }
        if (answers.optOut()) {
            responses.optOut(invitation.clientId(), now, "client");
        }
        audit.record("ANSWER", "survey_response", invitation.id(), null, figures);
    }

    /** The open invitation of this token; unknown, answered, cancelled and expired ones are each their problem. */
    private Invitation open(String token) {
        Invitation invitation = invitations
                .byToken(Tokens.hash(token))
                .orElseThrow(() -> new ProblemException(ProblemCode.SURVEY_UNKNOWN, "no survey has this link"));
        InvitationStatus status = invitation.statusAt(Instant.now(clock));
        if (status != InvitationStatus.OPEN) {
            throw InviteClient.notOpen(status);
        }
        return invitation;
    }

    private static FormQuestion question(Question q, String language, String firm) {
        return new FormQuestion(
                q.key(),
                q.type(),
                q.text() == null ? null : in(q.translations(), language, q.text(), firm),
                q.required(),
                q.askWhyAtMost(),
                q.statements() == null
                        ? List.of()
                        : q.statements().stream()
                                .map(s -> new FormStatement(
                                        s.item(),
                                        ServqualDimension.of(s.item()),
                                        in(s.expectationTranslations(), language, s.expectation(), firm),
                                        in(s.perceptionTranslations(), language, s.perception(), firm)))
                                .toList(),
                q.importancePoints());
    }

    private static String in(@Nullable Translated tr, String language, String written, String firm) {
        return (tr == null ? written : tr.in(language, written)).replace("{firm}", firm);
    }
}
