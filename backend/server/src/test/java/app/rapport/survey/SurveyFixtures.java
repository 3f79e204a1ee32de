package app.rapport.survey;

import app.rapport.api.complaint.ComplaintCause;
import app.rapport.api.survey.Answer;
import app.rapport.api.survey.InvitationWrite;
import app.rapport.api.survey.SurveyAnswers;
import java.util.List;

/** Answers and invitations the survey tests send. */
final class SurveyFixtures {
    private SurveyFixtures() {}

    static InvitationWrite invitation(String instrumentId, String language) {
        return new InvitationWrite(instrumentId, null, language, false);
    }

    /** The after-complaint template answered: satisfaction, effort, a comment. */
    static SurveyAnswers afterComplaint(int satisfaction, List<ComplaintCause> reasons, String comment) {
        return new SurveyAnswers(
                List.of(
                        new Answer("satisfaction", satisfaction, null, reasons.isEmpty() ? null : reasons, null, null),
                        new Answer("effort", 5, null, null, null, null),
                        new Answer("better", null, comment, null, null, null)),
                false);
    }
}
