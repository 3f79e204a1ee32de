package app.rapport.survey;

import app.rapport.api.complaint.ComplaintCause;
import app.rapport.api.survey.Answer;
import app.rapport.api.survey.SurveyChannel;
import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.util.List;

/**
 * An answer as stored ({@code survey_response}, its reasons in {@code survey_reason}): how it came in, and who recorded
 * it when the client did not answer through the form.
 */
record Response(
        String invitationId,
        String clientId,
        String instrumentId,
        int instrumentVersion,
        Instant submittedAt,
        @Nullable Integer csat,
        @Nullable Boolean csatPositive,
        @Nullable Integer nps,
        @Nullable Integer effort,
        boolean low,
        @Nullable String followUpId,
        List<Answer> answers,
        List<ComplaintCause> reasons,
        SurveyChannel channel,
        @Nullable String recordedBy) {

    /** The answer to {@code i} given at {@code at}, with the figures its questions give; no follow-up yet. */
    static Response of(
            Invitation i,
            Instant at,
            AnswersPolicy.Figures figures,
            List<Answer> answers,
            SurveyChannel channel,
            @Nullable String recordedBy) {
        return new Response(
                i.id(),
                i.clientId(),
                i.instrumentId(),
                i.instrumentVersion(),
                at,
                figures.csat(),
                figures.csatPositive(),
                figures.nps(),
                figures.effort(),
                figures.low(),
                null,
                answers,
                figures.reasons(),
                channel,
                recordedBy);
    }
}
