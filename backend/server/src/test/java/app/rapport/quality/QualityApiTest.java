package app.rapport.quality;

import static io.micronaut.http.HttpRequest.GET;
import static io.micronaut.http.HttpRequest.PUT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rapport.api.quality.BaselineWrite;
import app.rapport.api.quality.ChartKind;
import app.rapport.api.quality.ChartPointView;
import app.rapport.api.quality.ChartRule;
import app.rapport.api.quality.ChartRules;
import app.rapport.api.quality.ChartSignalView;
import app.rapport.api.quality.ControlChartView;
import app.rapport.support.PlaybookTenantTest;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Control charts over what the tenant recorded (UTC tenant, weeks from Monday): 25 ended weeks of 100 touchpoints
 * each, two complaints a week for the first twenty, none for four, twelve in the last — a shift the u-chart flags
 * against limits frozen on the first twenty weeks; setting another baseline moves them, once, by If-Match; bad weeks
 * are refused naming the field.
 */
class QualityApiTest extends PlaybookTenantTest {
    private String schema;
    private String client;
    private LocalDate thisWeek;

    @BeforeEach
    void aHalfYearOfTouchpointsAndComplaints() {
        schema = schemaOf(slug);
        client = client("Charted Trading");
        thisWeek = LocalDate.now(ZoneOffset.UTC).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        StringBuilder touchpoints = new StringBuilder();
        StringBuilder complaints = new StringBuilder();
        for (int w = 25; w >= 1; w--) {
            LocalDate monday = thisWeek.minusWeeks(w);
            Instant wednesday = monday.plusDays(2).atTime(12, 0).toInstant(ZoneOffset.UTC);
            for (int i = 0; i < 100; i++) {
                touchpoints
                        .append(touchpoints.isEmpty() ? "" : ", ")
                        .append("('%s', '%s', 'PHONE', '%s', 'charted', 'test', '%s')"
                                .formatted(UUID.randomUUID(), client, sql(wednesday.plusSeconds(i)), sql(wednesday)));
            }
            int n = w >= 6 ? 2 : w == 1 ? 12 : 0;
            for (int i = 0; i < n; i++) {
                complaints
                        .append(complaints.isEmpty() ? "" : ", ")
                        .append("('%s', '%s', 'PHONE', 'LOW', 'charted', 'RECEIVED', 'test', '%s', 'test', 0, 0)"
                                .formatted(UUID.randomUUID(), client, sql(wednesday.plusSeconds(i))));
            }
        }
        execute("INSERT INTO " + schema + ".touchpoint (id, client_id, channel, at, what, recorded_by, recorded_at)"
                + " VALUES " + touchpoints);
        execute("INSERT INTO " + schema + ".complaint (id, client_id, channel, severity, what_happened, status, owner,"
                + " received_at, received_by, reopened, version) VALUES " + complaints);
    }

    private static String sql(Instant at) {
        return at.toString().replace("T", " ").replace("Z", "");
    }

    private ControlChartView chart(String user) {
        Reply r = send(user, GET("/api/v1/quality/charts/COMPLAINTS_PER_100_TOUCHPOINTS"));
        assertEquals(200, r.status(), r.body());
        return read(r, ControlChartView.class);
    }

    @Test
    void the_u_chart_flags_the_last_weeks_shift_against_limits_frozen_on_the_first_twenty_weeks() {
        ControlChartView c = chart(manager);
        assertEquals(ChartKind.U, c.kind());
        assertEquals(ChartRules.THREE_SIGMA, c.rules());
        assertFalse(c.baselineSet());
        assertEquals(thisWeek.minusWeeks(25), c.baselineFrom(), "the first week with data");
        assertEquals(thisWeek.minusWeeks(6), c.baselineTo(), "twenty weeks");
        assertEquals(25, c.points().size(), "every ended week, not the one under way");
        // ū = 40 / 2,000 = 0.02 → 2 per 100; σ = √(0.02 / 100) = 0.0141421 → UCL 0.0624264 → 6.24264 per 100; LCL 0
        assertEquals(2.0, c.centre(), 1e-9);
        ChartPointView last = c.points().get(24);
        assertEquals(thisWeek.minusWeeks(1), last.week());
        assertEquals(12.0, last.value(), 1e-9);
        assertEquals(12, last.events());
        assertEquals(100L, last.exposure());
        assertEquals(6.24264, last.upper(), 1e-5);
        assertEquals(0.0, last.lower(), 0);
        assertTrue(c.points().get(0).baseline() && !last.baseline());
        assertEquals(List.of(new ChartSignalView(thisWeek.minusWeeks(1), ChartRule.BEYOND_3_SIGMA)), c.signals());
    }

    @Test
    void a_new_baseline_moves_the_limits_once_and_bad_weeks_are_refused_naming_the_field() {
        BaselineWrite all = new BaselineWrite(thisWeek.minusWeeks(25), thisWeek.minusWeeks(1), ChartRules.NELSON);
        Reply stale = send(
                manager,
                PUT("/api/v1/quality/charts/COMPLAINTS_PER_100_TOUCHPOINTS/baseline", all)
                        .header("If-Match", "\"3\""));
        assertEquals(412, stale.status(), stale.body());
        token(manager);
        List<Reply> replies = parallel(
                4,
                () -> send(
                        manager,
                        PUT("/api/v1/quality/charts/COMPLAINTS_PER_100_TOUCHPOINTS/baseline", all)
                                .header("If-Match", "\"0\"")));
        Map<Integer, Long> s = statuses(replies);
        assertEquals(1L, s.get(200), replies.toString());
        assertEquals(3L, s.getOrDefault(412, 0L), replies.toString());
        ControlChartView c = chart(admin);
        assertTrue(c.baselineSet());
        assertEquals(manager, c.baselineSetBy());
        assertEquals(1, c.version());
        assertEquals(ChartRules.NELSON, c.rules());
        // 52 complaints over 2,500 touchpoints: 2.08 per 100, and the last week is part of what the limits come from
        assertEquals(2.08, c.centre(), 1e-9);
        assertTrue(c.points().stream().allMatch(ChartPointView::baseline));

        Reply backwards = send(
                admin,
                PUT(
                                "/api/v1/quality/charts/COMPLAINTS_PER_100_TOUCHPOINTS/baseline",
                                new BaselineWrite(thisWeek.minusWeeks(5), thisWeek.minusWeeks(9), ChartRules.NELSON))
                        .header("If-Match", "\"1\""));
        assertEquals(400, backwards.status());
        assertTrue(backwards.body().contains("\"to\"") && backwards.body().contains("MUST_FOLLOW"), backwards.body());
        Reply unfinished = send(
                admin,
                PUT(
                                "/api/v1/quality/charts/COMPLAINTS_PER_100_TOUCHPOINTS/baseline",
                                new BaselineWrite(thisWeek.minusWeeks(5), thisWeek, ChartRules.NELSON))
                        .header("If-Match", "\"1\""));
        assertEquals(400, unfinished.status());
        assertTrue(unfinished.body().contains("IN_FUTURE"), "the week under way has not ended: " + unfinished.body());
        assertEquals(1, chart(admin).version(), "nothing was saved");
    }

    @jakarta.inject.Inject
    NightlyChartSignals nightly;

    @jakarta.inject.Inject
    app.rapport.platform.tenant.TenantCatalog catalog;

    private long signalNotices(String user) {
        return read(send(user, GET("/api/v1/inbox")), app.rapport.api.inbox.InboxView.class).items().stream()
                .filter(n -> n.kind() == app.rapport.api.inbox.NoticeKind.CHART_SIGNAL)
                .count();
    }

    @Test
    void the_nightly_check_tells_admins_and_managers_of_a_new_signal_once() {
        app.rapport.platform.tenant.Tenant tenant = catalog.servable().stream()
                .filter(t -> t.slug().equals(slug))
                .findFirst()
                .orElseThrow();
        assertEquals("1 new signals, 1 told", app.rapport.platform.tenant.TenantScope.call(tenant, nightly::run));
        assertEquals("0 new signals, 0 told", app.rapport.platform.tenant.TenantScope.call(tenant, nightly::run));
        assertEquals(1, signalNotices(manager));
        assertEquals(1, signalNotices(admin));
        assertEquals(0, signalNotices(staff), "staff do not read control charts");
        var notice = read(send(manager, GET("/api/v1/inbox")), app.rapport.api.inbox.InboxView.class)
                .items()
                .get(0);
        assertEquals("COMPLAINTS_PER_100_TOUCHPOINTS", notice.args().get("metric"));
        assertEquals(thisWeek.minusWeeks(1).toString(), notice.args().get("week"));
        assertEquals("BEYOND_3_SIGMA", notice.args().get("rule"));
    }

    @Test
    void a_metric_without_data_has_no_centre_and_no_points() {
        Reply r = send(manager, GET("/api/v1/quality/charts/COMPLAINT_RESOLUTION_DAYS"));
        assertEquals(200, r.status(), r.body());
        ControlChartView c = read(r, ControlChartView.class);
        assertEquals(null, c.centre());
        assertEquals(List.of(), c.points());
        assertEquals(
                400, send(manager, GET("/api/v1/quality/charts/NOT_A_METRIC")).status());
    }

    @Test
    void steps_within_their_standard_are_a_p_chart_and_inquiry_answers_an_xmr_of_days() {
        app.rapport.api.blueprint.BlueprintSummary b = read(
                send(
                        admin,
                        io.micronaut.http.HttpRequest.POST(
                                "/api/v1/blueprints/imports",
                                app.rapport.support.DesignFixtures.hotelCheckIn("Check-in"))),
                app.rapport.api.blueprint.BlueprintSummary.class);
        app.rapport.api.blueprint.VersionView v = read(
                send(
                        admin,
                        io.micronaut.http.HttpRequest.POST(
                                "/api/v1/blueprint-versions/"
                                        + b.versions().getFirst().id() + "/publication",
                                "")),
                app.rapport.api.blueprint.VersionView.class);
        String greet = v.steps().stream()
                .filter(st -> st.targetMinutes() != null && st.touchpoint())
                .findFirst()
                .orElseThrow()
                .id();
        int standard = v.steps().stream()
                .filter(st -> st.id().equals(greet))
                .findFirst()
                .orElseThrow()
                .targetMinutes();
        // last week: 3 of 4 within the standard; the week before: 1 of 2
        Instant last = thisWeek.minusWeeks(1).plusDays(1).atTime(10, 0).toInstant(ZoneOffset.UTC);
        Instant before = thisWeek.minusWeeks(2).plusDays(1).atTime(10, 0).toInstant(ZoneOffset.UTC);
        int[][] logged = {
            {standard, 0}, {standard - 1, 0}, {standard, 0}, {standard + 5, 0}, {standard, 1}, {standard + 1, 1}
        };
        StringBuilder rows = new StringBuilder();
        for (int i = 0; i < logged.length; i++) {
            Instant at = (logged[i][1] == 0 ? last : before).plusSeconds(i);
            rows.append(rows.isEmpty() ? "" : ", ")
                    .append("('%s', '%s', 'COUNTER', '%s', 'checked in', 'test', '%s', '%s', %d)"
                            .formatted(UUID.randomUUID(), client, sql(at), sql(at), greet, logged[i][0]));
        }
        execute("INSERT INTO " + schema + ".touchpoint (id, client_id, channel, at, what, recorded_by, recorded_at,"
                + " blueprint_step_id, duration_minutes) VALUES " + rows);
        ControlChartView steps =
                read(send(manager, GET("/api/v1/quality/charts/STEP_WITHIN_STANDARD")), ControlChartView.class);
        assertEquals(ChartKind.P, steps.kind());
        ChartPointView lastWeek = steps.points().getLast();
        assertEquals(thisWeek.minusWeeks(1), lastWeek.week());
        assertEquals(3, lastWeek.events());
        assertEquals(4L, lastWeek.exposure());
        assertEquals(0.5, steps.points().getFirst().value(), 1e-9, "1 of 2 the week before");
        // p̄ = 4 / 6 over both weeks
        assertEquals(4.0 / 6, steps.centre(), 1e-9);

        // last week an inquiry answered two and a half days after it was asked, another after half a day; the week
        // before one answered after a day (an XmR chart needs two weeks)
        double[][] inquiries = {{2.5, 1}, {0.5, 1}, {1.0, 2}};
        for (double[] inquiry : inquiries) {
            double days = inquiry[0];
            app.rapport.api.care.TouchpointView asked = read(
                    send(
                            admin,
                            io.micronaut.http.HttpRequest.POST(
                                    "/api/v1/touchpoints",
                                    touchpoint(
                                            client,
                                            null,
                                            new app.rapport.api.care.FollowUp("Send the rates", TODAY, null, null)))),
                    app.rapport.api.care.TouchpointView.class);
            Reply done = send(
                    admin,
                    io.micronaut.http.HttpRequest.POST(
                            "/api/v1/care-actions/" + asked.followUpActionId() + "/completion",
                            new app.rapport.api.care.CareCompletion(
                                    "Sent", app.rapport.api.common.ServiceLevel.EXPECTED)));
            assertEquals(200, done.status(), done.body());
            Instant askedAt =
                    thisWeek.minusWeeks((long) inquiry[1]).atTime(9, 0).toInstant(ZoneOffset.UTC);
            execute("UPDATE " + schema + ".touchpoint SET at = '" + sql(askedAt) + "' WHERE id = '" + asked.id() + "'");
            execute("UPDATE " + schema + ".care_action SET closed_at = '"
                    + sql(askedAt.plusSeconds((long) (days * 86400))) + "' WHERE id = '" + asked.followUpActionId()
                    + "'");
        }
        ControlChartView answers =
                read(send(manager, GET("/api/v1/quality/charts/INQUIRY_RESPONSE_DAYS")), ControlChartView.class);
        assertEquals(ChartKind.XMR, answers.kind());
        assertEquals(2, answers.points().size(), answers.points().toString());
        assertEquals(1.0, answers.points().getFirst().value(), 1e-9);
        ChartPointView answered = answers.points().stream()
                .filter(p -> p.week().equals(thisWeek.minusWeeks(1)))
                .findFirst()
                .orElseThrow(() -> new AssertionError(answers.points().toString()));
        assertEquals(2, answered.events());
        assertEquals(1.5, answered.value(), 1e-9, "(2.5 + 0.5) / 2 days");
    }

    @Test
    void milestones_met_on_time_are_a_p_chart_and_those_fulfilled_before_outcomes_were_kept_are_settled_once() {
        var policy = new app.rapport.api.sla.SlaPolicyWrite(List.of(new app.rapport.api.sla.MilestoneTarget(
                app.rapport.api.sla.SlaMilestone.FIRST_RESPONSE, 60, java.util.Set.of(), null, null, List.of())));
        assertEquals(
                200,
                send(
                                admin,
                                io.micronaut.http.HttpRequest.PUT("/api/v1/sla-policy", policy)
                                        .header("If-Match", "\"0\""))
                        .status());
        // one judged at once (met), one whose clock started a month ago (late), and one late whose outcome was
        // written before outcomes were kept (its column empty, as a migrated row's is)
        String onTime = judged(false);
        String late = judged(true);
        String legacy = judged(true);
        assertEquals(
                1,
                count("SELECT COUNT(*) FROM " + schema + ".complaint_clock WHERE complaint_id = '" + onTime
                        + "' AND kind = 'FULFILLED' AND met = TRUE"));
        assertEquals(
                1,
                count("SELECT COUNT(*) FROM " + schema + ".complaint_clock WHERE complaint_id = '" + late
                        + "' AND kind = 'FULFILLED' AND met = FALSE"));
        execute("UPDATE " + schema + ".complaint_clock SET met = NULL WHERE complaint_id = '" + legacy + "'");
        // all three last week: the week under way is not charted
        for (String id : List.of(onTime, late, legacy)) {
            execute("UPDATE " + schema + ".complaint_clock SET at = at - INTERVAL 7 DAY WHERE complaint_id = '" + id
                    + "'");
        }
        ControlChartView chart = read(send(manager, GET("/api/v1/quality/charts/SLA_MET")), ControlChartView.class);
        assertEquals(ChartKind.P, chart.kind());
        ChartPointView lastWeek = chart.points().getLast();
        assertEquals(1, lastWeek.events(), "one of three met");
        assertEquals(3L, lastWeek.exposure());
        assertEquals(1.0 / 3, chart.centre(), 1e-9);
        assertEquals(
                1,
                count("SELECT COUNT(*) FROM " + schema + ".complaint_clock WHERE complaint_id = '" + legacy
                        + "' AND kind = 'FULFILLED' AND met = FALSE"),
                "settled as it would have been written");
        assertEquals(
                0,
                count("SELECT COUNT(*) FROM " + schema + ".complaint_clock WHERE kind = 'FULFILLED' AND met IS NULL"));
    }

    /** A complaint recorded and judged; its first-response clock started a month earlier when {@code late}. */
    private String judged(boolean late) {
        Reply r = send(
                staff,
                io.micronaut.http.HttpRequest.POST(
                        "/api/v1/complaints",
                        new app.rapport.api.complaint.ComplaintWrite(
                                client,
                                app.rapport.api.common.Channel.PHONE,
                                "The technician came two days late",
                                app.rapport.api.complaint.Severity.HIGH,
                                "A discount on next month",
                                null,
                                null,
                                null,
                                null)));
        assertEquals(201, r.status(), r.body());
        String id = read(r, app.rapport.api.complaint.ComplaintView.class).id();
        if (late) {
            execute("UPDATE " + schema + ".complaint_clock SET at = at - INTERVAL 30 DAY WHERE complaint_id = '" + id
                    + "' AND kind = 'STARTED'");
        }
        Reply judged = send(
                manager,
                io.micronaut.http.HttpRequest.POST(
                        "/api/v1/complaints/" + id + "/verdict",
                        new app.rapport.api.complaint.Verdict(true, "We promised a visit within a day")));
        assertEquals(200, judged.status(), judged.body());
        return id;
    }
}
