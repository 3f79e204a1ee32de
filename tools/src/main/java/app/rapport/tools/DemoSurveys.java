package app.rapport.tools;

import app.rapport.api.care.CareKind;
import app.rapport.api.survey.Answer;
import app.rapport.api.survey.DimensionPoints;
import app.rapport.api.survey.InstrumentTemplate;
import app.rapport.api.survey.InstrumentView;
import app.rapport.api.survey.InvitationLink;
import app.rapport.api.survey.InvitationWrite;
import app.rapport.api.survey.ItemAnswer;
import app.rapport.api.survey.PublicSurveyApi;
import app.rapport.api.survey.RuleWrite;
import app.rapport.api.survey.ServqualDimension;
import app.rapport.api.survey.SurveyAnswers;
import app.rapport.api.survey.SurveyApi;
import app.rapport.api.survey.SurveyTrigger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

/**
 * A demo tenant's surveys, through the API as its people would make them: the three shipped forms, two rules (a
 * survey a day after a complaint closes, one two days after a visit), a relationship survey sent to a set of clients
 * and answered through the public form — mostly promoters and passives, a few detractors, whose call-backs land in
 * the owners' day — and one SERVQUAL wave in which responsiveness falls short of what clients expect. Left alone once
 * the tenant has survey forms. The answers are fixed by a seed, so every run tells the same story.
 */
final class DemoSurveys {
    /** Runs a call as a user's token. */
    interface As {
        <T> T as(String token, Supplier<T> call);
    }

    private static final int[] NPS = {10, 9, 9, 8, 10, 7, 9, 3, 10, 8, 9, 6, 10, 9, 8, 2};
    private static final List<ServqualDimension> SHORT = List.of(ServqualDimension.RESPONSIVENESS);

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
        return answered;
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
