package app.rapport.survey;

import app.rapport.api.survey.Answer;
import app.rapport.api.survey.ClientSurveys;
import app.rapport.api.survey.InvitationStatus;
import app.rapport.api.survey.ResponseView;
import app.rapport.platform.privacy.PersonalDataExport;
import app.rapport.platform.privacy.PersonalDataPart;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Surveys: the export holds the client's invitations with their figures and opt-out, and every answer as given.
 * Erasure blanks what the client wrote in their answers and forgets the contact asked; scores, reasons and dates stay
 * so that the survey figures still add up. An erased person is opted out: nobody asks them again.
 */
@Singleton
final class SurveyPersonalData implements PersonalDataPart {
    private final InviteClient invite;
    private final InvitationStore invitations;
    private final ResponseStore responses;
    private final Instruments instruments;
    private final SurveyViews views;
    private final QuestionsJson json;
    private final Clock clock;

    SurveyPersonalData(
            InviteClient invite,
            InvitationStore invitations,
            ResponseStore responses,
            Instruments instruments,
            SurveyViews views,
            QuestionsJson json,
            Clock clock) {
        this.invite = invite;
        this.invitations = invitations;
        this.responses = responses;
        this.instruments = instruments;
        this.views = views;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public Set<String> tables() {
        // survey_reason refers to the response, not the client: it holds codes only
        return Set.of("survey_invitation", "survey_response", "survey_opt_out");
    }

    @Override
    public void export(String clientId, PersonalDataExport export) {
        ClientSurveys surveys = invite.of(clientId);
        List<ResponseView> answers = new ArrayList<>();
        for (Invitation i : invitations.ofClient(clientId)) {
            if (i.status() != InvitationStatus.ANSWERED) {
                continue;
            }
            responses
                    .of(i.id())
                    .ifPresent(r -> answers.add(new ResponseView(
                            views.of(i),
                            r.submittedAt(),
                            instruments
                                    .version(i.instrumentId(), i.instrumentVersion())
                                    .orElseThrow()
                                    .questions(),
                            r.answers())));
        }
        export.surveys(surveys, answers);
    }

    @Override
    public List<String> erase(String clientId) {
        List<String> touched = new ArrayList<>();
        for (Invitation i : invitations.ofClient(clientId)) {
            touched.add(i.id());
        }
        for (Response r : responses.ofClient(clientId)) {
            List<Answer> blanked = r.answers().stream()
                    .map(a -> a.text() == null
                            ? a
                            : new Answer(a.key(), a.score(), ERASED, a.reasons(), a.items(), a.points()))
                    .toList();
            responses.replaceAnswers(r.invitationId(), json.write(blanked));
        }
        invitations.forgetContacts(clientId);
        responses.optOut(clientId, Instant.now(clock), "erasure");
        return touched;
    }

    @Override
    public int getOrder() {
        return 900;
    }
}
