package app.rapport.survey;

import static io.micronaut.http.HttpRequest.GET;
import static io.micronaut.http.HttpRequest.POST;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rapport.api.benchmark.Dimension;
import app.rapport.api.benchmark.MetricSource;
import app.rapport.api.benchmark.TargetView;
import app.rapport.api.benchmark.TargetWrite;
import app.rapport.api.blueprint.BlueprintSummary;
import app.rapport.api.blueprint.BlueprintWrite;
import app.rapport.api.complaint.ComplaintCause;
import app.rapport.api.complaint.ComplaintStatistics;
import app.rapport.api.quality.ControlChartView;
import app.rapport.api.survey.Answer;
import app.rapport.api.survey.InstrumentTemplate;
import app.rapport.api.survey.InstrumentView;
import app.rapport.api.survey.InstrumentWrite;
import app.rapport.api.survey.InvitationLink;
import app.rapport.api.survey.InvitationWrite;
import app.rapport.api.survey.ItemAnswer;
import app.rapport.api.survey.SatisfactionIndex;
import app.rapport.api.survey.ServqualDimension;
import app.rapport.api.survey.SurveyAnswers;
import app.rapport.support.PlaybookTenantTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What the other features measure with survey answers, checked by hand: the satisfaction index per product, service,
 * tier and period with its n and Student's-t interval; the reasons of low answers beside the complaints in the cause
 * statistics; benchmark targets measured from CSAT, NPS and a SERVQUAL dimension's gap; the weekly CSAT p-chart; and
 * the suppression window held against parallel invitations.
 */
class SurveyMeasuresTest extends PlaybookTenantTest {
    private InstrumentView add(InstrumentTemplate t) {
        InstrumentWrite w = read(send(admin, GET("/api/v1/survey-templates/" + t)), InstrumentWrite.class);
        Reply r = send(admin, POST("/api/v1/survey-instruments", w));
        assertEquals(201, r.status(), r.body());
        return read(r, InstrumentView.class);
    }

    /** A new client invited and answering; the invitation's id. */
    private String answer(InstrumentView form, String productId, String blueprintId, SurveyAnswers answers) {
        String client = client("Asked " + UUID.randomUUID());
        Reply r = send(
                manager,
                POST(
                        "/api/v1/clients/" + client + "/surveys",
                        new InvitationWrite(form.id(), null, "en", true, productId, blueprintId)));
        assertEquals(201, r.status(), r.body());
        InvitationLink link = read(r, InvitationLink.class);
        Reply answered = send(
                null,
                POST("/api/v1/public/surveys/" + link.token(), answers)
                        .header("X-Forwarded-For", "measures-" + UUID.randomUUID()));
        assertEquals(204, answered.status(), answered.body());
        return link.invitation().id();
    }

    private static SurveyAnswers csat(int score, ComplaintCause... why) {
        return new SurveyAnswers(
                List.of(
                        new Answer("satisfaction", score, null, why.length == 0 ? null : List.of(why), null, null),
                        new Answer("effort", 5, null, null, null, null)),
                false);
    }

    private void submittedOn(String invitationId, LocalDate day) {
        execute("UPDATE " + schemaOf(slug) + ".survey_response SET submitted_at = '" + day
                + " 12:00:00' WHERE invitation_id = '" + invitationId + "'");
    }

    private SatisfactionIndex index(String query) {
        Reply r = send(manager, GET("/api/v1/satisfaction-index?" + query));
        assertEquals(200, r.status(), r.body());
        return read(r, SatisfactionIndex.class);
    }

    private String service(String name) {
        Reply r = send(admin, POST("/api/v1/blueprints", new BlueprintWrite(name, null, null)));
        assertEquals(201, r.status(), r.body());
        return read(r, BlueprintSummary.class).id();
    }

    @Test
    void the_index_per_product_service_and_year_with_n_and_a_students_t_interval() {
        InstrumentView form = add(InstrumentTemplate.AFTER_COMPLAINT);
        String delivery = service("Home delivery");
        answer(form, rice.id(), null, csat(5));
        answer(form, rice.id(), null, csat(4));
        String lastYear = answer(form, rice.id(), null, csat(3));
        submittedOn(lastYear, TODAY.minusYears(1).withDayOfYear(1).plusDays(40));
        answer(form, null, delivery, csat(4));
        answer(form, null, delivery, csat(4));
        answer(form, null, null, csat(2));

        SatisfactionIndex byProduct = index("by=PRODUCT&period=YEAR");
        int y = TODAY.getYear();
        assertEquals(List.of(String.valueOf(y - 2), String.valueOf(y - 1), String.valueOf(y)), byProduct.periods());
        assertEquals(2, byProduct.rows().size(), "rice, then the answers that named no product");
        SatisfactionIndex.Row riceRow = byProduct.rows().getFirst();
        assertEquals(rice.id(), riceRow.key());
        assertEquals("Rice", riceRow.name());
        assertEquals(0, riceRow.cells().get(0).n());
        assertNull(riceRow.cells().get(0).mean());
        assertEquals(1, riceRow.cells().get(1).n());
        assertEquals(3.0, riceRow.cells().get(1).mean(), 1e-9);
        assertNull(riceRow.cells().get(1).low(), "no interval from one answer");
        SatisfactionIndex.Cell thisYear = riceRow.cells().get(2);
        assertEquals(2, thisYear.n());
        assertEquals(4.5, thisYear.mean(), 1e-9);
        // s = √(((5 − 4.5)² + (4 − 4.5)²) / 1) = 0.7071, s/√2 = 0.5, t(0.975, 1) = 12.706: 4.5 ± 6.353, clipped to 1–5
        assertEquals(1.0, thisYear.low(), 1e-9);
        assertEquals(5.0, thisYear.high(), 1e-9);
        SatisfactionIndex.Cell whole = riceRow.overall();
        assertEquals(3, whole.n());
        assertEquals(4.0, whole.mean(), 1e-9);
        // s = 1, s/√3 = 0.57735, t(0.975, 2) = 4.303: 4 ± 2.484, clipped to 1–5
        assertEquals(4.0 - 4.303 / Math.sqrt(3), whole.low(), 1e-9);
        assertEquals(5.0, whole.high(), 1e-9);
        SatisfactionIndex.Row none = byProduct.rows().getLast();
        assertNull(none.key());
        assertEquals(3, none.overall().n(), "the service's two and the one that named nothing");

        SatisfactionIndex byService = index("by=SERVICE&period=QUARTER");
        assertEquals(4, byService.periods().size(), "the last four quarters by default");
        assertEquals(delivery, byService.rows().getFirst().key());
        assertEquals("Home delivery", byService.rows().getFirst().name());
        assertEquals(4.0, byService.rows().getFirst().overall().mean(), 1e-9);
        assertEquals(4.0, byService.rows().getFirst().overall().low(), 1e-9, "no spread, no width");

        SatisfactionIndex all = index("by=ALL&period=MONTH&from=" + TODAY.minusYears(2) + "&to=" + TODAY);
        assertEquals(1, all.rows().size());
        assertEquals(6, all.rows().getFirst().overall().n());
        assertEquals(
                (5 + 4 + 3 + 4 + 4 + 2) / 6.0, all.rows().getFirst().overall().mean(), 1e-9);
        SatisfactionIndex byTier = index("by=TIER&period=YEAR");
        assertEquals(
                6, byTier.rows().stream().mapToInt(r -> r.overall().n()).sum(), "every answer under a tier or none");
    }

    @Test
    void the_index_refuses_a_backwards_or_too_long_range_on_its_field_and_is_not_for_staff() {
        Reply backwards =
                send(manager, GET("/api/v1/satisfaction-index?by=ALL&period=MONTH&from=2026-05-01&to=2026-04-01"));
        assertEquals(400, backwards.status());
        assertTrue(backwards.body().contains("\"to\""), backwards.body());
        Reply tooLong =
                send(manager, GET("/api/v1/satisfaction-index?by=ALL&period=YEAR&from=2000-01-01&to=2026-01-01"));
        assertEquals(400, tooLong.status());
        assertTrue(tooLong.body().contains("\"to\""), tooLong.body());
        assertEquals(
                400, send(manager, GET("/api/v1/satisfaction-index?by=ALL")).status(), "period is required");
        assertEquals(
                400,
                send(manager, GET("/api/v1/satisfaction-index?by=NOPE&period=YEAR"))
                        .status());
        assertEquals(
                403,
                send(staff, GET("/api/v1/satisfaction-index?by=ALL&period=YEAR"))
                        .status());
        Reply unknown = send(
                manager,
                POST(
                        "/api/v1/clients/" + client("Someone") + "/surveys",
                        new InvitationWrite(
                                add(InstrumentTemplate.AFTER_COMPLAINT).id(), null, "en", true, "no-such", null)));
        assertEquals(400, unknown.status());
        assertTrue(unknown.body().contains("productId"), unknown.body());
    }

    @Test
    void the_reasons_of_low_answers_are_counted_beside_the_complaints_by_cause_product_and_month() {
        InstrumentView form = add(InstrumentTemplate.AFTER_COMPLAINT);
        answer(form, rice.id(), null, csat(1, ComplaintCause.STAFF_MISTAKE, ComplaintCause.PRODUCT_QUALITY));
        answer(form, null, null, csat(2, ComplaintCause.STAFF_MISTAKE));
        answer(form, null, null, csat(5));
        ComplaintStatistics byCause =
                read(send(manager, GET("/api/v1/complaints/statistics?by=CAUSE")), ComplaintStatistics.class);
        assertEquals(0, byCause.total(), "nobody complained");
        assertEquals(3, byCause.surveyReasons());
        assertEquals("STAFF_MISTAKE", byCause.rows().getFirst().key());
        assertEquals(2, byCause.rows().getFirst().surveyReasons());
        assertEquals(0, byCause.rows().getFirst().complaints());
        ComplaintStatistics byProduct =
                read(send(manager, GET("/api/v1/complaints/statistics?by=PRODUCT")), ComplaintStatistics.class);
        ComplaintStatistics.Row riceRow = byProduct.rows().stream()
                .filter(r -> rice.id().equals(r.key()))
                .findFirst()
                .orElseThrow();
        assertEquals(2, riceRow.surveyReasons());
        assertEquals("Rice", riceRow.name());
        ComplaintStatistics byDepartment =
                read(send(manager, GET("/api/v1/complaints/statistics?by=DEPARTMENT")), ComplaintStatistics.class);
        assertEquals(0, byDepartment.surveyReasons(), "a survey names no department");
        ComplaintStatistics byMonth =
                read(send(manager, GET("/api/v1/complaints/statistics?by=MONTH")), ComplaintStatistics.class);
        assertEquals(3, byMonth.rows().getLast().surveyReasons());
    }

    private TargetView target(MetricSource source, ServqualDimension d, String baseline, String target) {
        Reply r = send(
                manager,
                POST(
                        "/api/v1/benchmark-targets",
                        new TargetWrite(
                                source.name(),
                                source,
                                null,
                                Dimension.RESPONSIVENESS,
                                null,
                                null,
                                new BigDecimal(baseline),
                                TODAY,
                                null,
                                null,
                                null,
                                new BigDecimal(target),
                                TODAY.plusMonths(6),
                                manager,
                                null,
                                d)));
        assertEquals(201, r.status(), r.body());
        TargetView t = read(r, TargetView.class);
        Reply measured = send(manager, POST("/api/v1/benchmark-targets/" + t.id() + "/computation", null));
        assertEquals(200, measured.status(), measured.body());
        return read(measured, TargetView.class);
    }

    @Test
    void benchmark_targets_are_measured_from_csat_nps_and_a_servqual_dimensions_gap() {
        InstrumentView relationship = add(InstrumentTemplate.RELATIONSHIP);
        for (int score : new int[] {10, 9, 8, 3}) {
            answer(
                    relationship,
                    null,
                    null,
                    new SurveyAnswers(List.of(new Answer("recommend", score, null, null, null, null)), false));
        }
        InstrumentView complaintForm = add(InstrumentTemplate.AFTER_COMPLAINT);
        answer(complaintForm, null, null, csat(5));
        answer(complaintForm, null, null, csat(2));
        answer(complaintForm, null, null, csat(4));
        answer(complaintForm, null, null, csat(4));
        InstrumentView servqual = add(InstrumentTemplate.SERVQUAL);
        answer(servqual, null, null, servqual(7, 4));
        answer(servqual, null, null, servqual(6, 5));

        TargetView nps = target(MetricSource.SURVEY_NPS, null, "10", "40");
        assertEquals(0, new BigDecimal("25.00").compareTo(nps.actual()), "(2 promoters − 1 detractor) / 4");
        assertEquals("NPS", nps.unit());
        TargetView csat = target(MetricSource.SURVEY_CSAT, null, "60", "90");
        assertEquals(0, new BigDecimal("75.00").compareTo(csat.actual()), "3 of 4 in the band 4–5");
        TargetView gap = target(MetricSource.SERVQUAL_GAP, ServqualDimension.RESPONSIVENESS, "-3", "-1");
        assertEquals(0, new BigDecimal("-2.00").compareTo(gap.actual()), "(−3 + −1) / 2 on items 10–13");
        assertEquals(ServqualDimension.RESPONSIVENESS, gap.servqualDimension());
        assertEquals(2, gap.measurements().getFirst().sampleSize(), "two respondents");

        Reply noDimension = send(
                manager,
                POST(
                        "/api/v1/benchmark-targets",
                        new TargetWrite(
                                "Gap",
                                MetricSource.SERVQUAL_GAP,
                                null,
                                Dimension.RESPONSIVENESS,
                                null,
                                null,
                                BigDecimal.ONE.negate(),
                                TODAY,
                                null,
                                null,
                                null,
                                BigDecimal.ZERO,
                                TODAY.plusMonths(1),
                                manager,
                                null,
                                null)));
        assertEquals(400, noDimension.status());
        assertTrue(noDimension.body().contains("servqualDimension"), noDimension.body());
        Reply dimensionElsewhere = send(
                manager,
                POST(
                        "/api/v1/benchmark-targets",
                        new TargetWrite(
                                "NPS",
                                MetricSource.SURVEY_NPS,
                                null,
                                Dimension.RESPONSIVENESS,
                                null,
                                null,
                                BigDecimal.ZERO,
                                TODAY,
                                null,
                                null,
                                null,
                                BigDecimal.TEN,
                                TODAY.plusMonths(1),
                                manager,
                                null,
                                ServqualDimension.EMPATHY)));
        assertEquals(400, dimensionElsewhere.status());
        assertTrue(dimensionElsewhere.body().contains("servqualDimension"), dimensionElsewhere.body());
    }

    /** Every statement answered as the client means it (expectation e, perception p), the 1988 wording reversed. */
    private static SurveyAnswers servqual(int e, int p) {
        List<ItemAnswer> items = new ArrayList<>();
        for (int i = 1; i <= 22; i++) {
            boolean negative = (i >= 10 && i <= 13) || i >= 18;
            boolean responsiveness = i >= 10 && i <= 13;
            int pe = responsiveness ? p : e; // only responsiveness falls short
            items.add(negative ? new ItemAnswer(i, 8 - e, 8 - pe) : new ItemAnswer(i, e, pe));
        }
        return new SurveyAnswers(List.of(new Answer("servqual", null, null, null, items, null)), false);
    }

    @Test
    void the_weekly_csat_chart_is_a_p_chart_of_the_positive_share() {
        InstrumentView form = add(InstrumentTemplate.AFTER_COMPLAINT);
        LocalDate lastMonday = TODAY.with(
                        java.time.temporal.TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY))
                .minusWeeks(1);
        submittedOn(answer(form, null, null, csat(5)), lastMonday.plusDays(1));
        submittedOn(answer(form, null, null, csat(2)), lastMonday.plusDays(2));
        submittedOn(answer(form, null, null, csat(4)), lastMonday.plusDays(2));
        submittedOn(answer(form, null, null, csat(1)), lastMonday.minusWeeks(1).plusDays(3));
        Reply r = send(manager, GET("/api/v1/quality/charts/CSAT_POSITIVE"));
        assertEquals(200, r.status(), r.body());
        ControlChartView chart = read(r, ControlChartView.class);
        assertEquals(app.rapport.api.quality.ChartKind.P, chart.kind());
        var last = chart.points().getLast();
        assertEquals(lastMonday, last.week());
        assertEquals(2, last.events(), "5 and 4 are satisfied");
        assertEquals(3L, last.exposure());
        assertEquals(2.0 / 3, last.value(), 1e-9);
        assertEquals(0.0, chart.points().get(chart.points().size() - 2).value(), 1e-9);
    }

    @Test
    void two_invitations_at_once_inside_the_suppression_window_ask_the_client_once() {
        InstrumentView form = add(InstrumentTemplate.RELATIONSHIP);
        String client = client("Asked twice at once");
        List<Reply> replies = parallel(
                4,
                () -> send(
                        manager,
                        POST(
                                "/api/v1/clients/" + client + "/surveys",
                                new InvitationWrite(form.id(), null, "en", false))));
        assertEquals(java.util.Map.of(201, 1L, 409, 3L), statuses(replies), replies.toString());
        Reply refused =
                replies.stream().filter(r -> r.status() == 409).findFirst().orElseThrow();
        assertTrue(refused.body().contains("survey-suppressed"), refused.body());
        assertTrue(String.valueOf(refused.header("Content-Type")).contains("problem+json"), refused.toString());
        assertEquals(
                1,
                count("SELECT COUNT(*) FROM " + schemaOf(slug) + ".survey_invitation WHERE client_id = '" + client
                        + "'"),
                "one invitation, the others refused");
    }
}
