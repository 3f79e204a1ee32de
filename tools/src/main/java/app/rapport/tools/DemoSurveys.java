package app.rapport.tools;

import app.rapport.api.care.CareKind;
import app.rapport.api.common.Translated;
import app.rapport.api.complaint.ComplaintCause;
import app.rapport.api.survey.Answer;
import app.rapport.api.survey.DimensionPoints;
import app.rapport.api.survey.InstrumentTemplate;
import app.rapport.api.survey.InstrumentView;
import app.rapport.api.survey.InstrumentWrite;
import app.rapport.api.survey.InvitationLink;
import app.rapport.api.survey.InvitationWrite;
import app.rapport.api.survey.ItemAnswer;
import app.rapport.api.survey.PublicSurveyApi;
import app.rapport.api.survey.Question;
import app.rapport.api.survey.QuestionType;
import app.rapport.api.survey.RecordedAnswers;
import app.rapport.api.survey.RuleWrite;
import app.rapport.api.survey.ServqualDimension;
import app.rapport.api.survey.SurveyAnswers;
import app.rapport.api.survey.SurveyApi;
import app.rapport.api.survey.SurveyChannel;
import app.rapport.api.survey.SurveyTrigger;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

/**
 * A demo tenant's surveys, through the API as its people would make them: the three shipped forms and one of the
 * tenant's own (a comment card after a visit), two rules (a survey a day after a complaint closes, one two days after
 * a visit), a relationship survey sent to a set of clients and answered through the public form — mostly promoters
 * and passives, a few detractors, whose call-backs land in the owners' day — and one SERVQUAL wave in which
 * responsiveness falls short of what clients expect. Then a year of history, recorded by the manager as answers
 * given on paper and by phone with their days: eight comment cards a week, nine in ten satisfied until
 * {@value #SHIFT_WEEKS} weeks ago, when the share falls to three in eight (the weekly CSAT p-chart, its limits from the
 * first twenty weeks, flags those weeks); and six relationship calls a month, NPS about +40. Left alone once the tenant
 * has survey forms. The answers are fixed by a seed, so every run tells the same story.
 */
final class DemoSurveys {
    /** Runs a call as a user's token. */
    interface As {
        <T> T as(String token, Supplier<T> call);
    }

    private static final int[] NPS = {10, 9, 9, 8, 10, 7, 9, 3, 10, 8, 9, 6, 10, 9, 8, 2};
    private static final List<ServqualDimension> SHORT = List.of(ServqualDimension.RESPONSIVENESS);
    /** Weeks of comment-card history, and how many of the latest fall short. */
    static final int HISTORY_WEEKS = 52;

    static final int SHIFT_WEEKS = 10;
    private static final int CARDS_A_WEEK = 8;
    private static final int[] MONTHLY_NPS = {10, 9, 8, 9, 6, 10};
    private static final List<ComplaintCause> LATE_AND_RUSHED =
            List.of(ComplaintCause.STAFF_MISTAKE, ComplaintCause.EXPECTATIONS_ABOVE_STANDARD);

    private final SurveyApi surveys;
    private final PublicSurveyApi form;
    private final As as;

    DemoSurveys(SurveyApi surveys, PublicSurveyApi form, As as) {
        this.surveys = surveys;
        this.form = form;
        this.as = as;
    }

    /**
     * Loads the demo surveys for {@code clientIds} (the tenant's clients, in a stable order) in the tenant's language
     * {@code language}; answers how many answers were given, or −1 when the tenant had survey forms already.
     */
    int load(String admin, String manager, List<String> clientIds, String language) {
        if (!as.as(admin, () -> surveys.instruments(false)).isEmpty()) {
            return -1;
        }
        InstrumentView afterComplaint = add(admin, InstrumentTemplate.AFTER_COMPLAINT);
        InstrumentView relationship = add(admin, InstrumentTemplate.RELATIONSHIP);
        InstrumentView servqual = add(admin, InstrumentTemplate.SERVQUAL);
        as.as(
                admin,
                () -> surveys.addSurveyRule(new RuleWrite(
                        SurveyTrigger.COMPLAINT_CLOSED, afterComplaint.id(), null, null, null, null, 24, true)));
        as.as(
                admin,
                () -> surveys.addSurveyRule(new RuleWrite(
                        SurveyTrigger.CARE_DONE, relationship.id(), CareKind.VISIT, null, null, null, 48, true)));
        Random seed = new Random(16);
        int answered = 0;
        int i = 0;
        for (String client : clientIds.subList(0, Math.min(clientIds.size(), NPS.length))) {
            int score = NPS[i++];
            InvitationLink link = invite(manager, client, relationship, language);
            List<Answer> answers = new ArrayList<>();
            answers.add(new Answer("recommend", score, null, null, null, null));
            answer(link, new SurveyAnswers(answers, false));
            answered++;
        }
        // one invitation left unanswered: the response rate is not 100 %
        if (clientIds.size() > NPS.length) {
            invite(manager, clientIds.get(NPS.length), relationship, language);
        }
        int wave = Math.min(8, clientIds.size());
        for (int k = 0; k < wave; k++) {
            InvitationLink link = invite(manager, clientIds.get(k), servqual, language);
            answer(link, new SurveyAnswers(List.of(servqualAnswer(seed)), false));
            answered++;
        }
        InstrumentView card =
                as.as(admin, () -> surveys.addInstrument(commentCard())).body();
        return answered + history(manager, clientIds, card, relationship, new Random(52));
    }

    /**
     * The comment cards of the past year, typed in by the manager (the newest yesterday by the server's calendar, so
     * never after the tenant's today), and the relationship calls of each month.
     */
    private int history(
            String manager, List<String> clientIds, InstrumentView card, InstrumentView relationship, Random seed) {
        LocalDate yesterday = LocalDate.now(ZoneOffset.UTC).minusDays(1);
        int recorded = 0;
        int next = 0;
        for (int week = HISTORY_WEEKS; week >= 1; week--) {
            boolean short_ = week <= SHIFT_WEEKS;
            int satisfied = short_ ? 3 : seed.nextInt(10) < 7 ? 8 : 7;
            for (int k = 0; k < CARDS_A_WEEK; k++) {
                LocalDate day = yesterday.minusWeeks(week - 1).minusDays(k % 6);
                boolean happy = k < satisfied;
                int score = happy ? 4 + seed.nextInt(2) : 2 + seed.nextInt(2);
                List<Answer> answers = new ArrayList<>();
                answers.add(new Answer(
                        "satisfaction",
                        score,
                        null,
                        score <= 3 && short_ ? List.of(LATE_AND_RUSHED.get(seed.nextInt(2))) : null,
                        null,
                        null));
                answers.add(new Answer(
                        "effort", happy ? 5 + seed.nextInt(3) : 3 + seed.nextInt(2), null, null, null, null));
                record(
                        manager,
                        clientIds.get(next++ % clientIds.size()),
                        card,
                        day,
                        k % 3 == 0 ? SurveyChannel.PHONE : SurveyChannel.PAPER,
                        answers);
                recorded++;
            }
        }
        for (int month = 12; month >= 1; month--) {
            for (int k = 0; k < MONTHLY_NPS.length; k++) {
                LocalDate day = yesterday.minusMonths(month).plusDays(3 * k);
                int score = MONTHLY_NPS[(k + month) % MONTHLY_NPS.length];
                record(
                        manager,
                        clientIds.get(next++ % clientIds.size()),
                        relationship,
                        day,
                        SurveyChannel.PHONE,
                        List.of(new Answer("recommend", score, null, null, null, null)));
                recorded++;
            }
        }
        return recorded;
    }

    private void record(
            String manager,
            String client,
            InstrumentView instrument,
            LocalDate day,
            SurveyChannel channel,
            List<Answer> answers) {
        as.as(
                manager,
                () -> surveys.recordAnswers(
                        client,
                        new RecordedAnswers(instrument.id(), null, day, channel, null, null, null, answers, false)));
    }

    /** The tenant's own comment card, left after a visit: how satisfied, why when not, how easy. */
    private static InstrumentWrite commentCard() {
        return new InstrumentWrite(
                "Comment card after a visit",
                new Translated("到访后的意见卡", "到訪後的意見卡"),
                List.of(
                        new Question(
                                "satisfaction",
                                QuestionType.CSAT,
                                "How satisfied are you with today's visit from {firm}?",
                                new Translated("您对{firm}今天的到访满意吗？", "您對{firm}今天的到訪滿意嗎？"),
                                true,
                                3,
                                null,
                                null,
                                false),
                        new Question(
                                "effort",
                                QuestionType.EFFORT,
                                "How easy was it to arrange the visit?",
                                new Translated("安排这次到访容易吗？", "安排這次到訪容易嗎？"),
                                false,
                                null,
                                null,
                                null,
                                false)),
                4);
    }

    private InstrumentView add(String admin, InstrumentTemplate t) {
        return as.as(admin, () -> surveys.addInstrument(surveys.template(t))).body();
    }

    private InvitationLink invite(String manager, String client, InstrumentView instrument, String language) {
        return as.as(manager, () -> surveys.invite(client, new InvitationWrite(instrument.id(), null, language, true)))
                .body();
    }

    private void answer(InvitationLink link, SurveyAnswers answers) {
        // the public form needs no login: the client holds the link
        form.answer(link.token(), "127.0.0.1", answers);
    }

    /**
     * One respondent: expects much (6–7) everywhere; finds it close (5–7) except responsiveness (3–4); the 1988
     * wording's negative statements written the other way round (8 − x), as a client agreeing with them would; half
     * the points on reliability.
     */
    private static Answer servqualAnswer(Random seed) {
        List<ItemAnswer> items = new ArrayList<>();
        for (int item = 1; item <= 22; item++) {
            int e = 6 + seed.nextInt(2);
            int p = SHORT.contains(ServqualDimension.of(item)) ? 3 + seed.nextInt(2) : 5 + seed.nextInt(3);
            boolean negative = (item >= 10 && item <= 13) || item >= 18;
            items.add(negative ? new ItemAnswer(item, 8 - e, 8 - p) : new ItemAnswer(item, e, p));
        }
        List<DimensionPoints> points = List.of(
                new DimensionPoints(ServqualDimension.TANGIBLES, 10),
                new DimensionPoints(ServqualDimension.RELIABILITY, 40),
                new DimensionPoints(ServqualDimension.RESPONSIVENESS, 20),
                new DimensionPoints(ServqualDimension.ASSURANCE, 15),
                new DimensionPoints(ServqualDimension.EMPATHY, 15));
        return new Answer("servqual", null, null, null, items, points);
    }
}
