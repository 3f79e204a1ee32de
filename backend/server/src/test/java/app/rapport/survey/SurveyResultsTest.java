package app.rapport.survey;

import static io.micronaut.http.HttpRequest.GET;
import static io.micronaut.http.HttpRequest.POST;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rapport.api.complaint.ComplaintCause;
import app.rapport.api.survey.Answer;
import app.rapport.api.survey.DimensionPoints;
import app.rapport.api.survey.InstrumentTemplate;
import app.rapport.api.survey.InstrumentView;
import app.rapport.api.survey.InstrumentWrite;
import app.rapport.api.survey.InvitationLink;
import app.rapport.api.survey.InvitationWrite;
import app.rapport.api.survey.ItemAnswer;
import app.rapport.api.survey.ServqualDimension;
import app.rapport.api.survey.SurveyAnswers;
import app.rapport.api.survey.SurveyResults;
import app.rapport.support.PlaybookTenantTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The figures of an instrument, checked by hand: the response rate counts the invitations sent in the period that were
 * answered; CSAT is the share in the satisfied band; NPS counts passives in the denominator; SERVQUAL reverses the 1988
 * wording's negative items before the gaps, and weights by the points given; reasons are counted. A period that ends
 * before it starts is refused on its field; another tenant's instrument is not found.
 */
class SurveyResultsTest extends PlaybookTenantTest {
    private static final Set<Integer> NEGATIVE = Set.of(10, 11, 12, 13, 18, 19, 20, 21, 22);

    private InstrumentView add(InstrumentTemplate t) {
        InstrumentWrite w = read(send(admin, GET("/api/v1/survey-templates/" + t)), InstrumentWrite.class);
        Reply r = send(admin, POST("/api/v1/survey-instruments", w));
        assertEquals(201, r.status(), r.body());
        return read(r, InstrumentView.class);
    }

    private String invite(InstrumentView instrument) {
        String client = client("Asked " + UUID.randomUUID());
        Reply r = send(
                manager,
                POST("/api/v1/clients/" + client + "/surveys", new InvitationWrite(instrument.id(), null, "en", true)));
        assertEquals(201, r.status(), r.body());
        return read(r, InvitationLink.class).token();
    }

    private void answer(InstrumentView instrument, SurveyAnswers answers) {
        Reply r = send(
                null,
                POST("/api/v1/public/surveys/" + invite(instrument), answers)
                        .header("X-Forwarded-For", "results-" + UUID.randomUUID()));
        assertEquals(204, r.status(), r.body());
    }

    private SurveyResults results(InstrumentView instrument) {
        Reply r = send(manager, GET("/api/v1/survey-results?instrument=" + instrument.id()));
        assertEquals(200, r.status(), r.body());
        return read(r, SurveyResults.class);
    }

    private static SurveyAnswers csat(int score, List<ComplaintCause> why) {
        return new SurveyAnswers(
                List.of(
                        new Answer("satisfaction", score, null, why.isEmpty() ? null : why, null, null),
                        new Answer("effort", score + 2, null, null, null, null)),
                false);
    }

    @Test
    void csat_effort_and_the_response_rate_by_hand() {
        InstrumentView form = add(InstrumentTemplate.AFTER_COMPLAINT);
        answer(form, csat(5, List.of()));
        answer(form, csat(4, List.of()));
        answer(form, csat(2, List.of(ComplaintCause.STAFF_MISTAKE, ComplaintCause.PRODUCT_QUALITY)));
        answer(form, csat(1, List.of(ComplaintCause.STAFF_MISTAKE)));
        invite(form); // sent, not answered
        SurveyResults r = results(form);
        assertEquals(5, r.invited());
        assertEquals(4, r.answered());
        assertEquals(0.8, r.responseRate(), 1e-9, "4 of the 5 sent were answered");
        assertEquals(4, r.csat().n());
        assertEquals(2, r.csat().positive(), "4 and 5 are satisfied with the band 4–5");
        assertEquals(0.5, r.csat().share(), 1e-9);
        assertEquals(4, r.csat().positiveFrom());
        assertEquals(4, r.effort().n());
        assertEquals((7 + 6 + 4 + 3) / 4.0, r.effort().mean(), 1e-9);
        assertNull(r.nps(), "the form asks no NPS");
        assertNull(r.servqual());
        assertEquals(ComplaintCause.STAFF_MISTAKE, r.reasons().getFirst().cause());
        assertEquals(2, r.reasons().getFirst().count());
        assertEquals(1, r.months().size());
        assertEquals(4, r.months().getFirst().answered());
    }

    @Test
    void nps_counts_passives_in_the_denominator() {
        InstrumentView form = add(InstrumentTemplate.RELATIONSHIP);
        for (int score : new int[] {10, 10, 7, 6}) {
            answer(form, new SurveyAnswers(List.of(new Answer("recommend", score, null, null, null, null)), false));
        }
        SurveyResults r = results(form);
        assertEquals(4, r.nps().n());
        assertEquals(2, r.nps().promoters());
        assertEquals(1, r.nps().passives());
        assertEquals(1, r.nps().detractors());
        assertEquals(25.0, r.nps().score(), 1e-9, "(2 − 1) / 4 = 25 %");
        assertEquals(25.0, r.months().getFirst().nps(), 1e-9);
    }

    /** Every statement answered: expectation e and perception p as the client means them, written in 1988 wording. */
    private static SurveyAnswers servqual(int e, int p, List<DimensionPoints> points) {
        List<ItemAnswer> items = new ArrayList<>();
        for (int i = 1; i <= 22; i++) {
            // a negatively worded statement is agreed with the other way round: 8 − x
            items.add(NEGATIVE.contains(i) ? new ItemAnswer(i, 8 - e, 8 - p) : new ItemAnswer(i, e, p));
        }
        return new SurveyAnswers(List.of(new Answer("servqual", null, null, null, items, points)), false);
    }

    @Test
    void servqual_reverses_the_negative_items_before_the_gaps_and_weights_by_the_points() {
        InstrumentView form = add(InstrumentTemplate.SERVQUAL);
        List<DimensionPoints> reliabilityFirst = List.of(
                new DimensionPoints(ServqualDimension.TANGIBLES, 10),
                new DimensionPoints(ServqualDimension.RELIABILITY, 50),
                new DimensionPoints(ServqualDimension.RESPONSIVENESS, 20),
                new DimensionPoints(ServqualDimension.ASSURANCE, 10),
                new DimensionPoints(ServqualDimension.EMPATHY, 10));
        answer(form, servqual(6, 4, reliabilityFirst)); // every gap −2
        answer(form, servqual(7, 7, reliabilityFirst)); // every gap 0
        SurveyResults r = results(form);
        assertEquals(2, r.servqual().n());
        for (SurveyResults.ItemGap item : r.servqual().items()) {
            assertEquals(-1.0, item.gap(), 1e-9, "item " + item.item() + ": (−2 + 0) / 2, reversed or not");
        }
        for (SurveyResults.DimensionGap d : r.servqual().dimensions()) {
            assertEquals(-1.0, d.gap(), 1e-9, d.dimension().name());
        }
        assertEquals(-1.0, r.servqual().unweighted(), 1e-9);
        assertEquals(2, r.servqual().weightedN());
        assertEquals(-1.0, r.servqual().weighted(), 1e-9, "(Σ w × −2 + Σ w × 0) / 2 with Σ w = 1");
    }

    @Test
    void a_period_that_ends_before_it_starts_is_refused_and_another_tenants_instrument_is_not_found() {
        InstrumentView form = add(InstrumentTemplate.RELATIONSHIP);
        Reply backwards =
                send(manager, GET("/api/v1/survey-results?instrument=" + form.id() + "&from=2026-05-01&to=2026-04-01"));
        assertEquals(400, backwards.status(), backwards.body());
        assertTrue(backwards.body().contains("\"to\""), backwards.body());
        Reply elsewhere = send("northwind.admin", GET("/api/v1/survey-results?instrument=" + form.id()));
        assertEquals(404, elsewhere.status(), elsewhere.body());
        Reply staffCannot = send(staff, GET("/api/v1/survey-results?instrument=" + form.id()));
        assertEquals(403, staffCannot.status());
    }
}
