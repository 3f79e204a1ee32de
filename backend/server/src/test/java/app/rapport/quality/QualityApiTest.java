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
}
