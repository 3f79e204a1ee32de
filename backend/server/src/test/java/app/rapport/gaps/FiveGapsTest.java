package app.rapport.gaps;

import static io.micronaut.http.HttpRequest.GET;
import static io.micronaut.http.HttpRequest.POST;
import static io.micronaut.http.HttpRequest.PUT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import app.rapport.api.blueprint.BlueprintSummary;
import app.rapport.api.blueprint.VersionView;
import app.rapport.api.common.FieldCode;
import app.rapport.api.gaps.DimensionAssessment;
import app.rapport.api.gaps.FiveGaps;
import app.rapport.api.gaps.GapAssessment;
import app.rapport.api.gaps.GapAssessmentWrite;
import app.rapport.api.survey.Answer;
import app.rapport.api.survey.InstrumentTemplate;
import app.rapport.api.survey.InstrumentView;
import app.rapport.api.survey.InstrumentWrite;
import app.rapport.api.survey.ItemAnswer;
import app.rapport.api.survey.RecordedAnswers;
import app.rapport.api.survey.ServqualDimension;
import app.rapport.api.survey.SurveyChannel;
import app.rapport.api.tier.TierSettingsView;
import app.rapport.support.DesignFixtures;
import app.rapport.support.PlaybookTenantTest;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The five gaps by hand: two clients' SERVQUAL answers (the 1988 wording's negative items reversed), two members'
 * questionnaires (only each one's latest counting), touchpoints against a step's standard, service-level milestones
 * and a tier's cadence check-ins; the questionnaire versioned per member, refused naming the field, one of parallel
 * saves winning.
 */
class FiveGapsTest extends PlaybookTenantTest {
    private static final LocalDate DAY = TODAY.minusDays(1);

    private static GapAssessmentWrite answers(
            int expected, int specified, int tangiblesExpected, int tangiblesSpecified) {
        List<DimensionAssessment> d = new ArrayList<>();
        for (ServqualDimension dim : ServqualDimension.values()) {
            boolean t = dim == ServqualDimension.TANGIBLES;
            d.add(new DimensionAssessment(dim, t ? tangiblesExpected : expected, t ? tangiblesSpecified : specified));
        }
        return new GapAssessmentWrite(d);
    }

    private Reply assess(String user, long over, Object write) {
        return send(user, PUT("/api/v1/five-gaps/my-assessment", write).header("If-Match", "\"" + over + "\""));
    }

    /**
     * A client's SERVQUAL answers as a reader of the 1988 wording gives them: on the positive items E and P as
     * meant; on the negative ones (10–13, 18–22) the mirror 8 − x, so that once reversed every item reads E, P —
     * except tangibles (1–4), which read {@code te}, {@code tp}.
     */
    private static List<Answer> servqual(int e, int p, int te, int tp) {
        List<ItemAnswer> items = new ArrayList<>();
        for (int i = 1; i <= 22; i++) {
            boolean negative = (i >= 10 && i <= 13) || i >= 18;
            int ex = i <= 4 ? te : e;
            int pe = i <= 4 ? tp : p;
            items.add(negative ? new ItemAnswer(i, 8 - ex, 8 - pe) : new ItemAnswer(i, ex, pe));
        }
        return List.of(new Answer("servqual", null, null, null, items, null));
    }

    private FiveGaps gaps(String query) {
        Reply r = send(manager, GET("/api/v1/five-gaps" + query));
        assertEquals(200, r.status(), r.body());
        return read(r, FiveGaps.class);
    }

    @Test
    void the_five_gaps_by_hand() {
        // gap 5: client A E 6 P 5 everywhere; client B E 7 P 4, tangibles E 5 P 5
        // → tangibles E 5.5 P 5 (−0.5), the other four E 6.5 P 4.5 (−2); unweighted (−0.5 − 8) / 5 = −1.7
        InstrumentWrite template = read(
                send(admin, GET("/api/v1/survey-templates/" + InstrumentTemplate.SERVQUAL)), InstrumentWrite.class);
        InstrumentView wave = read(send(admin, POST("/api/v1/survey-instruments", template)), InstrumentView.class);
        for (List<Answer> a : List.of(servqual(6, 5, 6, 5), servqual(7, 4, 5, 5))) {
            Reply r = send(
                    manager,
                    POST(
                            "/api/v1/clients/" + client("Wave " + UUID.randomUUID()) + "/surveys/answers",
                            new RecordedAnswers(
                                    wave.id(), null, DAY, SurveyChannel.PAPER, "en", null, null, a, false)));
            assertEquals(201, r.status(), r.body());
        }
        // gaps 1 and 2: the manager first thought clients expect little, then answered again (only that counts):
        // M = (7 + 5) / 2 = 6 everywhere; S tangibles 6, the others 4
        assertEquals(200, assess(manager, 0, answers(1, 1, 1, 1)).status());
        Reply second = assess(manager, 1, answers(7, 4, 7, 6));
        assertEquals(200, second.status(), second.body());
        assertEquals("\"2\"", second.header("ETag"));
        assertEquals(200, assess(staff, 0, answers(5, 4, 5, 6)).status());

        // gap 3: a step with a standard time, three of four touchpoints within it
        BlueprintSummary b = read(
                send(admin, POST("/api/v1/blueprints/imports", DesignFixtures.hotelCheckIn("Check-in"))),
                BlueprintSummary.class);
        VersionView v = read(
                send(
                        admin,
                        POST(
                                "/api/v1/blueprint-versions/"
                                        + b.versions().getFirst().id() + "/publication",
                                "")),
                VersionView.class);
        var step = v.steps().stream()
                .filter(s -> s.targetMinutes() != null && s.touchpoint())
                .findFirst()
                .orElseThrow();
        String guest = client("Guest " + UUID.randomUUID());
        String schema = schemaOf(slug);
        Instant at = Instant.now().minus(2, ChronoUnit.DAYS);
        int[] minutes = {step.targetMinutes(), step.targetMinutes() - 1, step.targetMinutes() + 5, 1};
        for (int m : minutes) {
            execute("INSERT INTO " + schema + ".touchpoint (id, client_id, channel, at, what, recorded_by, recorded_at,"
                    + " blueprint_step_id, duration_minutes) VALUES ('%s', '%s', 'COUNTER', '%s', 'checked in', 'test', '%s', '%s', %d)"
                            .formatted(UUID.randomUUID(), guest, Timestamp.from(at), Timestamp.from(at), step.id(), m));
        }

        // gap 4: a tier's check-ins — on time, late, skipped, open past its day (4 due, 1 kept); one open and not
        // yet due and one cancelled do not count
        String tier = read(send(admin, GET("/api/v1/tiers")), TierSettingsView.class)
                .tiers()
                .getFirst()
                .id();
        checkIn(guest, tier, TODAY.minusDays(10), "DONE", TODAY.minusDays(11));
        checkIn(guest, tier, TODAY.minusDays(10), "DONE", TODAY.minusDays(8));
        checkIn(guest, tier, TODAY.minusDays(9), "SKIPPED", TODAY.minusDays(9));
        checkIn(guest, tier, TODAY.minusDays(5), "PLANNED", null);
        checkIn(guest, tier, TODAY.plusDays(3), "PLANNED", null);
        checkIn(guest, tier, TODAY.minusDays(5), "CANCELLED", TODAY.minusDays(6));
        // … and two service-level milestones of a client in no tier, one met
        String complaint = UUID.randomUUID().toString();
        execute("INSERT INTO " + schema + ".complaint (id, client_id, channel, severity, what_happened, status, owner,"
                + " received_at, received_by, reopened, version) VALUES ('" + complaint + "', '" + guest
                + "', 'PHONE', 'LOW', 'Late', 'CLOSED', '" + manager + "', NOW(3), 'test', 0, 1)");
        for (boolean met : new boolean[] {true, false}) {
            execute("INSERT INTO " + schema + ".complaint_clock (id, complaint_id, milestone, kind, at, met) VALUES ('"
                    + UUID.randomUUID() + "', '" + complaint + "', 'FIRST_RESPONSE', 'FULFILLED', NOW(3), " + met
                    + ")");
        }

        FiveGaps g = gaps("");
        assertEquals(TODAY.minusDays(364).plusDays(g.to().toEpochDay() - TODAY.toEpochDay()), g.from());
        assertEquals(new FiveGaps.Members(2, 1, 1), g.members());
        FiveGaps.Dimension tangibles = g.dimensions().getFirst();
        assertEquals(ServqualDimension.TANGIBLES, tangibles.dimension());
        assertEquals(5.5, tangibles.expected(), 1e-9);
        assertEquals(5.0, tangibles.perceived(), 1e-9);
        assertEquals(6.0, tangibles.believed(), 1e-9);
        assertEquals(6.0, tangibles.specified(), 1e-9);
        assertEquals(0.5, tangibles.gap1(), 1e-9, "members believe a little more than clients expect");
        assertEquals(0.0, tangibles.gap2(), 1e-9);
        assertEquals(-0.5, tangibles.gap5(), 1e-9);
        FiveGaps.Dimension empathy = g.dimensions().getLast();
        assertEquals(ServqualDimension.EMPATHY, empathy.dimension());
        assertEquals(6.5, empathy.expected(), 1e-9, "the negative items reversed before any gap");
        assertEquals(4.5, empathy.perceived(), 1e-9);
        assertEquals(-0.5, empathy.gap1(), 1e-9);
        assertEquals(-2.0, empathy.gap2(), 1e-9);
        assertEquals(-2.0, empathy.gap5(), 1e-9);
        assertEquals(-0.3, g.gap1().gap(), 1e-9, "(0.5 − 4 × 0.5) / 5");
        assertEquals(2, g.gap1().clients());
        assertEquals(2, g.gap1().members());
        assertEquals(-1.6, g.gap2().gap(), 1e-9, "(0 − 4 × 2) / 5");
        assertEquals(-1.7, g.gap5().gap(), 1e-9);
        assertEquals(new FiveGaps.Share(3, 4, 0.75), g.gap3());
        assertEquals(1, g.services().size());
        assertEquals(b.id(), g.services().getFirst().blueprintId());
        assertEquals(new FiveGaps.Share(1, 2, 0.5), g.slaMet());
        assertEquals(new FiveGaps.Share(1, 4, 0.25), g.checkIns());
        assertEquals(2, g.gap4().kept());
        assertEquals(6, g.gap4().n());
        assertEquals(Map.of(tier, 4, "", 2), perTier(g), "check-ins under their tier, milestones under none");

        // a period before any of it has no figures, and says so with nulls and zeros
        FiveGaps before = gaps("?from=" + TODAY.minusYears(3) + "&to=" + TODAY.minusYears(2));
        assertEquals(0, before.members().answered());
        assertNull(before.gap1().gap());
        assertNull(before.gap5().gap());
        assertNull(before.gap3().share());
        assertNull(before.dimensions().getFirst().expected());
        assertEquals(List.of(), before.tiers());
    }

    private static Map<String, Integer> perTier(FiveGaps g) {
        Map<String, Integer> out = new java.util.HashMap<>();
        g.tiers()
                .forEach(t -> out.put(
                        t.tierId() == null ? "" : t.tierId(),
                        t.slaMet().n() + t.checkIns().n()));
        return out;
    }

    private void checkIn(String client, String tier, LocalDate due, String status, LocalDate closed) {
        execute("INSERT INTO " + schemaOf(slug)
                + ".care_action (id, client_id, kind, title, due_on, owner_role, source,"
                + " source_ref, status, closed_at, created_at, created_by) VALUES ('" + UUID.randomUUID() + "', '"
                + client + "', 'CHECK_IN', 'Gold', '" + due + "', 'ACCOUNT_MANAGER', 'CADENCE', '" + tier + "', '"
                + status + "', " + (closed == null ? "NULL" : "'" + closed + " 12:00:00'") + ", NOW(3), 'test')");
    }

    @Test
    void each_member_answers_for_themself_versioned_refused_naming_the_field_and_one_of_parallel_saves_wins() {
        Reply none = send(staff, GET("/api/v1/five-gaps/my-assessment"));
        assertEquals(200, none.status(), none.body());
        assertEquals(new GapAssessment(0, null, List.of()), read(none, GapAssessment.class));
        assertEquals("\"0\"", none.header("ETag"));

        GapAssessmentWrite twice = new GapAssessmentWrite(List.of(
                new DimensionAssessment(ServqualDimension.TANGIBLES, 5, 5),
                new DimensionAssessment(ServqualDimension.RELIABILITY, 5, 5),
                new DimensionAssessment(ServqualDimension.RESPONSIVENESS, 5, 5),
                new DimensionAssessment(ServqualDimension.ASSURANCE, 5, 5),
                new DimensionAssessment(ServqualDimension.TANGIBLES, 5, 5)));
        assertField(assess(staff, 0, twice), "dimensions[4].dimension", FieldCode.EVERY_DIMENSION_ONCE);
        assertField(assess(staff, 0, answers(8, 4, 4, 4)), "dimensions[1].expected", FieldCode.MAX);
        assertField(
                assess(
                        staff,
                        0,
                        new GapAssessmentWrite(answers(4, 4, 4, 4).dimensions().subList(0, 4))),
                "dimensions",
                FieldCode.SIZE);
        Reply noScore =
                assess(staff, 0, Map.of("dimensions", List.of(Map.of("dimension", "TANGIBLES", "expected", 3))));
        assertEquals(400, noScore.status(), noScore.body());
        Reply noVersion = send(staff, PUT("/api/v1/five-gaps/my-assessment", answers(4, 4, 4, 4)));
        assertEquals(428, noVersion.status(), noVersion.body());
        assertEquals(0, count("SELECT COUNT(*) FROM " + schemaOf(slug) + ".gap_assessment"), "nothing refused saved");

        Reply first = assess(staff, 0, answers(6, 3, 5, 5));
        assertEquals(200, first.status(), first.body());
        GapAssessment mine = read(first, GapAssessment.class);
        assertEquals(1, mine.version());
        assertEquals(answers(6, 3, 5, 5).dimensions(), mine.dimensions());
        // the manager does not see the staff member's answers as theirs
        assertEquals(
                0,
                read(send(manager, GET("/api/v1/five-gaps/my-assessment")), GapAssessment.class)
                        .version());
        Reply stale = assess(staff, 0, answers(2, 2, 2, 2));
        assertEquals(412, stale.status(), stale.body());

        List<Reply> replies = parallel(4, () -> assess(staff, 1, answers(7, 7, 7, 7)));
        assertEquals(Map.of(200, 1L, 412, 3L), statuses(replies), replies.toString());
        GapAssessment after = read(send(staff, GET("/api/v1/five-gaps/my-assessment")), GapAssessment.class);
        assertEquals(2, after.version());
        assertEquals(answers(7, 7, 7, 7).dimensions(), after.dimensions());
        assertEquals(2, count("SELECT COUNT(*) FROM " + schemaOf(slug) + ".gap_assessment"));
        assertEquals(10, count("SELECT COUNT(*) FROM " + schemaOf(slug) + ".gap_assessment_answer"));

        // staff answer the questionnaire but do not read the gaps
        assertEquals(403, send(staff, GET("/api/v1/five-gaps")).status());
        assertField(
                send(manager, GET("/api/v1/five-gaps?from=" + TODAY + "&to=" + TODAY.minusDays(1))),
                "to",
                FieldCode.MUST_FOLLOW);
        assertField(
                send(manager, GET("/api/v1/five-gaps?from=" + TODAY.minusYears(6) + "&to=" + TODAY)),
                "from",
                FieldCode.PERIOD_TOO_LONG);
    }
}
