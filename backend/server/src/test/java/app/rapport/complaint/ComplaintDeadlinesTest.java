package app.rapport.complaint;

import static io.micronaut.http.HttpRequest.GET;
import static io.micronaut.http.HttpRequest.POST;
import static io.micronaut.http.HttpRequest.PUT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rapport.api.calendar.CalendarDay;
import app.rapport.api.calendar.CalendarWrite;
import app.rapport.api.calendar.OpeningSlot;
import app.rapport.api.complaint.CardClock;
import app.rapport.api.complaint.ComplaintCard;
import app.rapport.api.complaint.ComplaintView;
import app.rapport.api.complaint.Severity;
import app.rapport.api.complaint.Verdict;
import app.rapport.api.sla.ClockState;
import app.rapport.api.sla.EscalationAction;
import app.rapport.api.sla.EscalationStep;
import app.rapport.api.sla.HoldReason;
import app.rapport.api.sla.HoldWrite;
import app.rapport.api.sla.MilestoneTarget;
import app.rapport.api.sla.SlaMilestone;
import app.rapport.api.sla.SlaPolicyWrite;
import app.rapport.platform.tenant.MinuteRuns;
import app.rapport.support.PlaybookTenantTest;
import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Where each complaint's clocks stand next, kept from their events: the board puts breached complaints first, then
 * those at risk, then the most severe, and shows each card's nearest deadline; the minute's scan looks only at the
 * complaints whose next step is due; a hold takes the deadline off the card; a complaint that is over has none; a
 * calendar changed has every deadline written again by the next scan.
 */
class ComplaintDeadlinesTest extends PlaybookTenantTest {
    @Inject
    MinuteRuns minutes;

    private String schema;
    private String client;

    @BeforeEach
    void anHourToAnswerWithAWarningAtThreeQuarters() {
        schema = schemaOf(slug);
        client = owned("Deadline Trading");
        SlaPolicyWrite policy = new SlaPolicyWrite(List.of(new MilestoneTarget(
                SlaMilestone.FIRST_RESPONSE,
                60,
                Set.of(HoldReason.WAITING_FOR_CLIENT),
                null,
                75,
                List.of(new EscalationStep(75, Set.of(EscalationAction.NOTIFY_OWNER))))));
        assertEquals(
                200,
                send(admin, PUT("/api/v1/sla-policy", policy).header("If-Match", "\"0\""))
                        .status());
    }

    private ComplaintView recorded(Severity severity) {
        Reply r = send(staff, POST("/api/v1/complaints", ComplaintApiTest.complaint(client, severity)));
        assertEquals(201, r.status(), r.body());
        return read(r, ComplaintView.class);
    }

    /** As if the complaint had been received {@code minutes} ago: its clock events moved back, its row due now. */
    private void receivedAgo(ComplaintView c, int minutesAgo) {
        execute("UPDATE " + schema + ".complaint_clock SET at = at - INTERVAL " + minutesAgo
                + " MINUTE WHERE complaint_id = '" + c.id() + "'");
        execute("UPDATE " + schema + ".complaint SET due_next_step = '2000-01-01' WHERE id = '" + c.id() + "'");
    }

    private List<ComplaintCard> board() {
        return items(send(manager, GET("/api/v1/complaints?queue=OPEN")), ComplaintCard.class);
    }

    private CardClock clockOf(ComplaintView c) {
        return board().stream()
                .filter(k -> k.id().equals(c.id()))
                .findFirst()
                .orElseThrow()
                .clock();
    }

    private String scanned() {
        return minutes.tick().stream()
                .filter(line -> line.startsWith("escalations@" + slug + ":"))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void the_board_puts_breached_then_at_risk_first_and_shows_each_nearest_deadline() {
        ComplaintView calm = recorded(Severity.LOW);
        ComplaintView critical = recorded(Severity.CRITICAL);
        ComplaintView atRisk = recorded(Severity.LOW);
        ComplaintView breached = recorded(Severity.LOW);
        receivedAgo(atRisk, 50);
        receivedAgo(breached, 120);
        assertTrue(scanned().startsWith("escalations@" + slug + ": 2 complaints scanned"), "only the two due");

        List<ComplaintCard> board = board();
        assertEquals(
                List.of(breached.id(), atRisk.id(), critical.id(), calm.id()),
                board.stream().map(ComplaintCard::id).toList(),
                "breached, at risk, then the most severe, then the oldest");
        CardClock late = board.get(0).clock();
        assertEquals(SlaMilestone.FIRST_RESPONSE, late.milestone());
        assertEquals(ClockState.BREACHED, late.state());
        assertAbout(breached.receivedAt().minus(Duration.ofMinutes(60)), late.deadline(), "received two hours ago");
        assertEquals(ClockState.AT_RISK, board.get(1).clock().state());
        CardClock fresh = board.get(3).clock();
        assertEquals(ClockState.RUNNING, fresh.state());
        assertAbout(calm.receivedAt().plus(Duration.ofMinutes(60)), fresh.deadline(), "an hour after it came");
    }

    /** The clock starts as the complaint is saved, a few milliseconds after it was stamped received. */
    private static void assertAbout(Instant expected, Instant actual, String what) {
        assertTrue(Duration.between(expected, actual).abs().compareTo(Duration.ofSeconds(2)) < 0, what + ": " + actual);
    }

    @Test
    void the_scan_looks_only_at_what_is_due_and_a_hold_or_the_end_takes_the_deadline_off_the_card() {
        ComplaintView c = recorded(Severity.MEDIUM);
        assertTrue(scanned().contains(": 0 complaints scanned"), "its warning is 45 minutes away");
        assertNotNull(clockOf(c));

        Reply held = send(
                manager, POST("/api/v1/complaints/" + c.id() + "/hold", new HoldWrite(HoldReason.WAITING_FOR_CLIENT)));
        assertEquals(200, held.status(), held.body());
        assertNull(clockOf(c), "paused: no deadline while it waits");
        assertEquals(
                200,
                send(manager, POST("/api/v1/complaints/" + c.id() + "/release", ""))
                        .status());
        assertNotNull(clockOf(c), "released: the clock runs again");

        assertEquals(
                200,
                send(manager, POST("/api/v1/complaints/" + c.id() + "/verdict", new Verdict(true, "It stands")))
                        .status());
        assertNull(clockOf(c), "the first response is met: nothing else runs");
        assertEquals(
                0,
                count("SELECT COUNT(*) FROM " + schema + ".complaint WHERE due_deadline IS NOT NULL AND id = '" + c.id()
                        + "'"));
    }

    @Test
    void a_calendar_changed_writes_every_deadline_again_at_the_next_scan() {
        ComplaintView c = recorded(Severity.MEDIUM);
        assertTrue(scanned().contains(": 0 complaints scanned"));
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        Map<DayOfWeek, List<OpeningSlot>> week = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek d : DayOfWeek.values()) {
            week.put(d, List.of(new OpeningSlot(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT)));
        }
        CalendarWrite closedTwoDays = new CalendarWrite(
                "UTC",
                week,
                List.of(
                        new CalendarDay(today, "Closed", List.of()),
                        new CalendarDay(today.plusDays(1), "Closed", List.of())));
        Reply saved = send(admin, PUT("/api/v1/calendar", closedTwoDays).header("If-Match", "\"0\""));
        assertEquals(200, saved.status(), saved.body());

        assertTrue(scanned().contains(": 1 complaints scanned"), "every complaint measured is looked at again");
        CardClock moved = clockOf(c);
        assertEquals(
                today.plusDays(2).atStartOfDay(ZoneOffset.UTC).toInstant().plus(Duration.ofMinutes(60)),
                moved.deadline(),
                "today and tomorrow are closed: the hour starts the day after");
        assertFalse(moved.state() == ClockState.BREACHED);
    }
}
