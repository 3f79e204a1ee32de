package app.rapport.api.survey;

import app.rapport.api.complaint.ComplaintCause;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * An answered invitation's headline figures: the CSAT score and whether it is in the instrument's positive band, the
 * NPS score and its group, the effort score, whether the answer was low (a detractor or outside the CSAT band) and the
 * follow-up care action that opened, the reasons the client gave, and how they gave them (through the form, or to
 * the member who recorded them by phone, on paper or in person).
 */
@Serdeable
public record SurveyResult(
        @Nullable Integer csat,
        @Nullable Boolean csatPositive,
        @Nullable Integer nps,
        @Nullable NpsGroup npsGroup,
        @Nullable Integer effort,
        boolean low,
        List<ComplaintCause> reasons,
        @Nullable String followUpId,
        SurveyChannel channel,
        @Nullable String recordedBy) {}
