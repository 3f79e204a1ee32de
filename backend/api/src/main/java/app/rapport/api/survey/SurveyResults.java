package app.rapport.api.survey;

import app.rapport.api.common.Translated;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.List;

/**
 * An instrument's figures over a period (the tenant's calendar days {@code from}–{@code to}): invitations sent and
 * answered, the response rate, CSAT, NPS and effort with their n, the SERVQUAL gaps, the month-by-month trend, and
 * the reasons clients gave for a low score. A figure the instrument does not ask, or nobody answered, is null.
 */
@Serdeable
public record SurveyResults(
        String instrumentId,
        String instrumentName,
        Translated instrumentNameTranslations,
        LocalDate from,
        LocalDate to,
        int invited,
        int answered,
        @Nullable Double responseRate,
        @Nullable Csat csat,
        @Nullable Nps nps,
        @Nullable Effort effort,
        @Nullable Servqual servqual,
        List<Month> months,
        List<Reason> reasons) {

    /** CSAT: the share of answers in the satisfied band ({@code positiveFrom}–5), of n. */
    @Serdeable
    public record Csat(int n, int positive, double share, int positiveFrom) {}

    /** NPS = % promoters (9–10) − % detractors (0–6), passives (7–8) in the denominator. */
    @Serdeable
    public record Nps(int n, int promoters, int passives, int detractors, double score) {}

    /** Effort: the mean of 1–7 (7 very easy). */
    @Serdeable
    public record Effort(int n, double mean) {}

    /**
     * SERVQUAL gaps (perception − expectation, after the 1988 reversal): per item, per dimension (the mean of its
     * items' gaps per respondent, then over respondents), unweighted overall (the mean of the five dimension gaps)
     * and weighted (Σ points/100 × dimension gap, over the {@code weightedN} respondents who gave points).
     */
    @Serdeable
    public record Servqual(
            int n,
            int weightedN,
            List<ItemGap> items,
            List<DimensionGap> dimensions,
            @Nullable Double unweighted,
            @Nullable Double weighted) {}

    @Serdeable
    public record ItemGap(
            int item, ServqualDimension dimension, @Nullable Double gap) {}

    @Serdeable
    public record DimensionGap(
            ServqualDimension dimension, @Nullable Double gap) {}

    /** One calendar month of the tenant ({@code month}: yyyy-MM): answers, CSAT share and NPS of that month. */
    @Serdeable
    public record Month(
            String month,
            int answered,
            @Nullable Double csatShare,
            @Nullable Double nps) {}

    @Serdeable
    public record Reason(app.rapport.api.complaint.ComplaintCause cause, int count) {}
}
