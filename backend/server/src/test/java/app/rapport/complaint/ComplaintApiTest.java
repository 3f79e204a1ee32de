package app.rapport.complaint;

import static io.micronaut.http.HttpRequest.GET;
import static io.micronaut.http.HttpRequest.POST;
import static io.micronaut.http.HttpRequest.PUT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rapport.api.care.CareActionView;
import app.rapport.api.care.CareSource;
import app.rapport.api.care.CareStatus;
import app.rapport.api.common.Channel;
import app.rapport.api.complaint.Accountability;
import app.rapport.api.complaint.CauseAnalysis;
import app.rapport.api.complaint.ClientFeedback;
import app.rapport.api.complaint.ClientNotice;
import app.rapport.api.complaint.CompensationKind;
import app.rapport.api.complaint.ComplaintAction;
import app.rapport.api.complaint.ComplaintCard;
import app.rapport.api.complaint.ComplaintCause;
import app.rapport.api.complaint.ComplaintEventKind;
import app.rapport.api.complaint.ComplaintStatistics;
import app.rapport.api.complaint.ComplaintStatus;
import app.rapport.api.complaint.ComplaintSummary;
import app.rapport.api.complaint.ComplaintView;
import app.rapport.api.complaint.ComplaintWrite;
import app.rapport.api.complaint.DepartmentAssignment;
import app.rapport.api.complaint.DepartmentView;
import app.rapport.api.complaint.DepartmentWrite;
import app.rapport.api.complaint.RecoveryItem;
import app.rapport.api.complaint.RecoveryWrite;
import app.rapport.api.complaint.RemedyDecision;
import app.rapport.api.complaint.RemedyProposal;
import app.rapport.api.complaint.Reopening;
import app.rapport.api.complaint.Severity;
import app.rapport.api.complaint.Verdict;
import app.rapport.api.lifecycle.SignalKind;
import app.rapport.api.lifecycle.StageView;
import app.rapport.api.lifecycle.TimelineEntry;
import app.rapport.support.PlaybookTenantTest;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Complaints through the API: the eight steps from record to summary, each taken by its people and at its time only;
 * a supervisor other than the proposer; the recovery checklist complete before the recovery is done; reopening; races
 * with one winner; the complaint on the client's timeline and among its lifecycle signals.
 */
class ComplaintApiTest extends PlaybookTenantTest {
    private DepartmentView service;
    private String clientId;

    @BeforeEach
    void aDepartmentLedByTheSecondManagerWithStaffInIt() {
        service = read(
                send(admin, POST("/api/v1/departments", new DepartmentWrite("Service desk", manager2, List.of(staff)))),
                DepartmentView.class);
        clientId = owned("Wronged Trading");
    }

    static ComplaintWrite complaint(String clientId) {
        return complaint(clientId, Severity.HIGH);
    }

    static ComplaintWrite complaint(String clientId, Severity severity) {
        return new ComplaintWrite(
                clientId,
                Channel.PHONE,
                "The technician came two days late",
                severity,
                "A discount on next month",
                null,
                null,
                null,
                null);
    }

    private ComplaintView recorded() {
        Reply r = send(staff, POST("/api/v1/complaints", complaint(clientId)));
        assertEquals(201, r.status(), r.body());
        return read(r, ComplaintView.class);
    }

    private ComplaintView step(String user, String path, Object body) {
        Reply r = send(user, POST("/api/v1/complaints/" + path, body));
        assertEquals(200, r.status(), r.body());
        return read(r, ComplaintView.class);
    }

    /** A complaint judged, assigned to the service desk and analysed; staff proposed the remedy. */
    private ComplaintView proposed() {
        String id = recorded().id();
        step(manager, id + "/verdict", new Verdict(true, "We promised a visit within a day"));
        step(manager, id + "/department", new DepartmentAssignment(service.id()));
        step(
                staff,
                id + "/analysis",
                new CauseAnalysis(List.of(ComplaintCause.STAFF_MISTAKE), "Booked for the wrong day"));
        return step(staff, id + "/remedy", new RemedyProposal("Apologise, visit today, 20 % off next month"));
    }

    private ComplaintView inRecovery() {
        ComplaintView c = proposed();
        return step(manager2, c.id() + "/remedy/decision", new RemedyDecision(true, null));
    }

    private ComplaintView tick(String user, String id, RecoveryItem item, RecoveryWrite w) {
        Reply r = send(user, PUT("/api/v1/complaints/" + id + "/recovery/" + item, w));
        assertEquals(200, r.status(), r.body());
        return read(r, ComplaintView.class);
    }

    private static RecoveryWrite done(String note) {
        return new RecoveryWrite(false, note, null, null);
    }

    @Test
    void a_complaint_goes_through_the_eight_steps_and_every_step_is_on_the_clients_timeline() {
        ComplaintView received = recorded();
        assertEquals(ComplaintStatus.RECEIVED, received.status());
        assertEquals(2, received.status().step());
        assertEquals(staff, received.owner(), "whoever records a complaint handles it");
        assertTrue(received.number() > 0);
        assertEquals("Wronged Trading", received.clientName());
        assertEquals(
                java.util.Set.of(ComplaintAction.HOLD),
                received.may(),
                "staff do not judge; they may put what they handle on hold: " + received.may());
        assertEquals(
                java.util.Set.of(ComplaintAction.JUDGE, ComplaintAction.HOLD),
                read(send(manager, GET("/api/v1/complaints/" + received.id())), ComplaintView.class)
                        .may());

        ComplaintView c = inRecovery();
        assertEquals(ComplaintStatus.IN_RECOVERY, c.status());
        assertEquals(List.of(ComplaintCause.STAFF_MISTAKE), c.causes());
        assertEquals(manager2, c.decidedBy());
        assertEquals(
                List.of(
                        "APOLOGY",
                        "URGENT_REMEDY",
                        "EMPATHY",
                        "COMPENSATION",
                        "FOLLOW_UP",
                        "ACCOUNTABILITY",
                        "CLIENT_NOTIFIED",
                        "FEEDBACK"),
                c.recoveryOpen());
        CareActionView followUp = actions(clientId).stream()
                .filter(a -> a.source() == CareSource.COMPLAINT)
                .findFirst()
                .orElseThrow();
        assertEquals(staff, followUp.owner(), "the owner of the complaint follows it up");
        assertEquals("C-" + c.number(), followUp.title());
        assertEquals(TODAY.plusDays(RecoveryFollowUp.DAYS), followUp.dueOn());

        tick(staff, c.id(), RecoveryItem.APOLOGY, done("Apologised on the phone"));
        tick(staff, c.id(), RecoveryItem.URGENT_REMEDY, done("Technician sent the same afternoon"));
        tick(staff, c.id(), RecoveryItem.EMPATHY, done(null));
        c = tick(
                staff,
                c.id(),
                RecoveryItem.COMPENSATION,
                new RecoveryWrite(false, "Next month", CompensationKind.DISCOUNT, new BigDecimal("30.00")));
        assertEquals(CompensationKind.DISCOUNT, c.recovery().get(3).compensationKind());
        assertEquals(staff, c.recovery().get(3).by());
        assertNotNull(c.recovery().get(3).at());
        c = tick(staff, c.id(), RecoveryItem.FOLLOW_UP, done("Called back: all well"));
        assertEquals(
                CareStatus.DONE,
                actions(clientId).stream()
                        .filter(a -> a.id().equals(followUp.id()))
                        .findFirst()
                        .orElseThrow()
                        .status(),
                "the follow-up ticked on the checklist is done as a care action too");
        step(manager2, c.id() + "/accountability", new Accountability("Booking desk", "Two-person check on bookings"));
        step(staff, c.id() + "/notice", new ClientNotice("Told on the phone what we did"));
        c = step(staff, c.id() + "/feedback", new ClientFeedback(true, "Happy with the discount"));
        assertEquals(List.of(), c.recoveryOpen());
        c = step(staff, c.id() + "/resolution", "");
        assertEquals(ComplaintStatus.RESOLVED, c.status());
        c = step(manager, c.id() + "/summary", new ComplaintSummary("Bookings need a second check", true));
        assertEquals(ComplaintStatus.CLOSED, c.status());
        assertNotNull(c.closedAt());
        assertTrue(c.systemic());
        assertEquals(java.util.Set.of(ComplaintAction.REOPEN), c.may(), "the manager may reopen it");
        assertEquals(
                java.util.Set.of(),
                read(send(staff, GET("/api/v1/complaints/" + c.id())), ComplaintView.class)
                        .may(),
                "staff do not reopen");

        List<ComplaintEventKind> history =
                c.history().stream().map(e -> e.kind()).toList();
        assertEquals(ComplaintEventKind.RECEIVED, history.get(0));
        assertEquals(ComplaintEventKind.CLOSED, history.get(history.size() - 1));
        assertEquals(
                List.of("STAFF_MISTAKE"),
                c.history().stream()
                        .filter(e -> e.kind() == ComplaintEventKind.ANALYSED)
                        .findFirst()
                        .orElseThrow()
                        .args()
                        .get("causes"));
        List<TimelineEntry> timeline = items(
                send(manager, GET("/api/v1/clients/" + clientId + "/timeline?kind=COMPLAINT&size=100")),
                TimelineEntry.class);
        String number = String.valueOf(c.number());
        assertEquals(
                history.size(),
                timeline.stream().filter(e -> number.equals(e.fromCode())).count(),
                "every step of it, beside the first complaint still waiting: " + timeline);
        assertEquals(history.size() + 1, timeline.size());
        List<TimelineEntry> ofThis =
                timeline.stream().filter(e -> number.equals(e.fromCode())).toList();
        assertEquals("CLOSED", ofThis.get(0).code(), "newest first: " + ofThis);
        assertEquals("RECEIVED", ofThis.get(ofThis.size() - 1).code());
        assertEquals(
                history.size(),
                count("SELECT COUNT(*) FROM t_" + slug.replace('-', '_')
                        + ".audit_record WHERE entity_type = 'complaint' AND entity_id = '" + c.id() + "'"),
                "every step is audited once");
    }

    @Test
    void a_remedy_is_approved_by_a_supervisor_other_than_the_one_who_proposed_it() {
        String id = recorded().id();
        step(manager, id + "/verdict", new Verdict(true, "Late"));
        step(manager, id + "/department", new DepartmentAssignment(service.id()));
        step(manager2, id + "/analysis", new CauseAnalysis(List.of(ComplaintCause.NETWORK_FAULT), null));
        ComplaintView c = step(manager2, id + "/remedy", new RemedyProposal("A free month"));
        assertFalse(c.may().contains(ComplaintAction.DECIDE), "the lead proposed it: " + c.may());

        Reply own =
                send(manager2, POST("/api/v1/complaints/" + id + "/remedy/decision", new RemedyDecision(true, null)));
        assertEquals(403, own.status(), own.body());
        assertTrue(own.body().contains("own-remedy"), own.body());
        Reply staffDecides =
                send(staff, POST("/api/v1/complaints/" + id + "/remedy/decision", new RemedyDecision(true, null)));
        assertEquals(403, staffDecides.status());
        assertTrue(staffDecides.body().contains("not-your-step"), staffDecides.body());
        assertEquals(
                ComplaintStatus.IN_RECOVERY,
                step(admin, id + "/remedy/decision", new RemedyDecision(true, "ok"))
                        .status());
    }

    @Test
    void a_rejected_remedy_goes_back_to_be_proposed_again_with_the_reason_in_its_history() {
        ComplaintView c = proposed();
        Reply noReason = send(
                manager2, POST("/api/v1/complaints/" + c.id() + "/remedy/decision", new RemedyDecision(false, " ")));
        assertEquals(400, noReason.status());
        assertTrue(noReason.body().contains("\"reason\""), noReason.body());
        c = step(manager2, c.id() + "/remedy/decision", new RemedyDecision(false, "Too generous: a visit is enough"));
        assertEquals(ComplaintStatus.ANALYSED, c.status());
        assertEquals(
                "Too generous: a visit is enough",
                c.history().get(c.history().size() - 1).note());
        assertEquals(
                0,
                actions(clientId).stream()
                        .filter(a -> a.source() == CareSource.COMPLAINT)
                        .count());
        c = step(staff, c.id() + "/remedy", new RemedyProposal("Visit today"));
        assertEquals(ComplaintStatus.REMEDY_PROPOSED, c.status());
        assertNull(c.decidedBy(), "a new proposal waits for a new decision");
    }

    @Test
    void the_recovery_is_not_done_while_the_checklist_or_its_records_are_open() {
        ComplaintView c = inRecovery();
        tick(staff, c.id(), RecoveryItem.APOLOGY, done(null));
        Reply waivedWithoutReason = send(
                staff,
                PUT(
                        "/api/v1/complaints/" + c.id() + "/recovery/COMPENSATION",
                        new RecoveryWrite(true, null, null, null)));
        assertEquals(400, waivedWithoutReason.status());
        assertTrue(waivedWithoutReason.body().contains("\"note\""), waivedWithoutReason.body());
        Reply noKind = send(staff, PUT("/api/v1/complaints/" + c.id() + "/recovery/COMPENSATION", done("A gift")));
        assertEquals(400, noKind.status());
        assertTrue(noKind.body().contains("compensationKind"), noKind.body());
        tick(staff, c.id(), RecoveryItem.COMPENSATION, new RecoveryWrite(true, "The client refused any", null, null));

        Reply early = send(staff, POST("/api/v1/complaints/" + c.id() + "/resolution", ""));
        assertEquals(409, early.status(), early.body());
        assertTrue(early.body().contains("recovery-incomplete"), early.body());
        assertTrue(early.body().contains("URGENT_REMEDY") && early.body().contains("FEEDBACK"), early.body());
        assertFalse(early.body().contains("\"APOLOGY\""), early.body());
        Reply staffAccounts =
                send(staff, POST("/api/v1/complaints/" + c.id() + "/accountability", new Accountability("x", "y")));
        assertEquals(403, staffAccounts.status(), "a supervisor records accountability");
    }

    @Test
    void a_step_at_the_wrong_time_is_refused_naming_the_status() {
        ComplaintView c = recorded();
        Reply early = send(staff, POST("/api/v1/complaints/" + c.id() + "/remedy", new RemedyProposal("Refund")));
        assertEquals(409, early.status(), early.body());
        assertTrue(early.body().contains("wrong-step") && early.body().contains("RECEIVED"), early.body());
        Reply summary =
                send(manager, POST("/api/v1/complaints/" + c.id() + "/summary", new ComplaintSummary("x", false)));
        assertEquals(409, summary.status(), "no summary before the recovery: " + summary.body());
        assertEquals(
                404,
                send(manager, GET("/api/v1/complaints/" + java.util.UUID.randomUUID()))
                        .status());
    }

    @Test
    void two_supervisors_deciding_at_once_leave_one_decision_and_one_follow_up() {
        ComplaintView c = proposed();
        java.util.concurrent.atomic.AtomicInteger turn = new java.util.concurrent.atomic.AtomicInteger();
        token(admin);
        token(manager2);
        List<Reply> replies = parallel(
                6,
                () -> send(
                        turn.getAndIncrement() % 2 == 0 ? admin : manager2,
                        POST("/api/v1/complaints/" + c.id() + "/remedy/decision", new RemedyDecision(true, null))));
        assertEquals(Map.of(200, 1L, 409, 5L), statuses(replies), replies.toString());
        assertEquals(
                1,
                actions(clientId).stream()
                        .filter(a -> a.source() == CareSource.COMPLAINT)
                        .count());
        long approvals =
                read(send(manager, GET("/api/v1/complaints/" + c.id())), ComplaintView.class).history().stream()
                        .filter(e -> e.kind() == ComplaintEventKind.REMEDY_APPROVED)
                        .count();
        assertEquals(1, approvals);
    }

    @Test
    void a_complaint_not_upheld_is_over_until_the_client_comes_back_and_is_then_judged_again() {
        ComplaintView c = recorded();
        c = step(manager, c.id() + "/verdict", new Verdict(false, "The contract excludes weekend visits"));
        assertEquals(ComplaintStatus.NOT_UPHELD, c.status());
        assertTrue(c.status().isOver());
        assertNotNull(c.closedAt());
        c = step(manager, c.id() + "/reopening", new Reopening("The client shows the visit was booked on a Friday"));
        assertEquals(ComplaintStatus.RECEIVED, c.status());
        assertEquals(1, c.reopened());
        assertNull(c.upheld());
        assertNull(c.closedAt());
        assertEquals(
                ComplaintEventKind.REOPENED,
                c.history().get(c.history().size() - 1).kind());
        assertEquals(3, c.history().size(), "the history is kept: " + c.history());
    }

    @Test
    void an_open_complaint_is_a_decline_signal_of_its_client_until_it_is_over() {
        String lapsing = lapsing("Lapsing Trading");
        Reply r = send(staff, POST("/api/v1/complaints", complaint(lapsing)));
        assertEquals(201, r.status(), r.body());
        ComplaintView c = read(r, ComplaintView.class);
        assertTrue(
                signals(lapsing).contains(SignalKind.OPEN_COMPLAINTS),
                signals(lapsing).toString());
        step(manager, c.id() + "/verdict", new Verdict(false, "Not our fault"));
        assertFalse(signals(lapsing).contains(SignalKind.OPEN_COMPLAINTS), "over: no longer a signal");
    }

    private List<SignalKind> signals(String client) {
        StageView stage = read(send(manager, POST("/api/v1/clients/" + client + "/signals", "")), StageView.class);
        assertNotNull(stage.suggestion(), "the lapsing client has a suggestion");
        return stage.suggestion().signals().stream().map(s -> s.kind()).toList();
    }

    @Test
    void what_a_complaint_refers_to_must_exist_and_is_named_by_field() {
        Reply unknownClient = send(
                staff,
                POST("/api/v1/complaints", complaint(java.util.UUID.randomUUID().toString())));
        assertEquals(400, unknownClient.status());
        assertTrue(unknownClient.body().contains("\"clientId\""), unknownClient.body());
        ComplaintWrite noWords = new ComplaintWrite(clientId, Channel.PHONE, " ", null, null, null, null, null, null);
        Reply blank = send(staff, POST("/api/v1/complaints", noWords));
        assertEquals(400, blank.status());
        assertTrue(blank.body().contains("whatHappened") && blank.body().contains("severity"), blank.body());
        ComplaintWrite badProduct = new ComplaintWrite(
                clientId, Channel.PHONE, "Broken", Severity.LOW, null, null, "no-such-product", null, null);
        Reply product = send(staff, POST("/api/v1/complaints", badProduct));
        assertEquals(400, product.status());
        assertTrue(product.body().contains("productId"), product.body());
        String id = recorded().id();
        step(manager, id + "/verdict", new Verdict(true, "Late"));
        Reply noDepartment =
                send(manager, POST("/api/v1/complaints/" + id + "/department", new DepartmentAssignment("nope")));
        assertEquals(400, noDepartment.status());
        assertTrue(noDepartment.body().contains("departmentId"), noDepartment.body());
        step(manager, id + "/department", new DepartmentAssignment(service.id()));
        Reply noCause = send(staff, POST("/api/v1/complaints/" + id + "/analysis", new CauseAnalysis(List.of(), null)));
        assertEquals(400, noCause.status());
        assertTrue(noCause.body().contains("causes"), noCause.body());
    }

    @Test
    void the_board_shows_each_reader_their_queue() {
        ComplaintView mine = proposed();
        ComplaintView other = recorded();
        List<ComplaintCard> approval =
                items(send(manager2, GET("/api/v1/complaints?queue=MY_APPROVAL")), ComplaintCard.class);
        assertEquals(
                List.of(mine.id()), approval.stream().map(ComplaintCard::id).toList());
        assertEquals(
                List.of(),
                items(send(staff, GET("/api/v1/complaints?queue=MY_APPROVAL")), ComplaintCard.class),
                "staff lead no department");
        assertEquals(
                2,
                items(send(staff, GET("/api/v1/complaints?queue=MINE")), ComplaintCard.class)
                        .size());
        assertEquals(
                List.of(mine.id()),
                items(send(staff, GET("/api/v1/complaints?queue=MY_DEPARTMENTS")), ComplaintCard.class).stream()
                        .map(ComplaintCard::id)
                        .toList());
        assertEquals(
                2,
                items(send(manager, GET("/api/v1/complaints?queue=MY_CLIENTS")), ComplaintCard.class)
                        .size(),
                "both are of the manager's client");
        assertEquals(
                List.of(other.id()),
                items(send(admin, GET("/api/v1/complaints?status=RECEIVED")), ComplaintCard.class).stream()
                        .map(ComplaintCard::id)
                        .toList());
        assertEquals(
                2, read(send(admin, GET("/api/v1/clients/" + clientId + "/complaints")), ComplaintCard[].class).length);
        Reply bad = send(admin, GET("/api/v1/complaints?queue=EVERYTHING"));
        assertEquals(400, bad.status(), bad.body());
    }

    @Test
    void complaints_are_counted_by_cause_department_and_month_with_how_many_were_upheld_and_systemic() {
        ComplaintView closed = inRecovery();
        for (RecoveryItem item : RecoveryItem.values()) {
            tick(
                    staff,
                    closed.id(),
                    item,
                    item == RecoveryItem.COMPENSATION
                            ? new RecoveryWrite(true, "None wanted", null, null)
                            : done(null));
        }
        step(manager2, closed.id() + "/accountability", new Accountability("Desk", "Briefed"));
        step(staff, closed.id() + "/notice", new ClientNotice("Phoned"));
        step(staff, closed.id() + "/feedback", new ClientFeedback(true, null));
        step(staff, closed.id() + "/resolution", "");
        step(manager, closed.id() + "/summary", new ComplaintSummary("Check bookings", true));
        String other = recorded().id();
        step(manager, other + "/verdict", new Verdict(true, "Late"));
        step(manager, other + "/department", new DepartmentAssignment(service.id()));
        step(
                staff,
                other + "/analysis",
                new CauseAnalysis(List.of(ComplaintCause.STAFF_MISTAKE, ComplaintCause.NETWORK_FAULT), null));
        recorded();

        ComplaintStatistics byCause =
                read(send(manager, GET("/api/v1/complaints/statistics?by=CAUSE")), ComplaintStatistics.class);
        assertEquals(3, byCause.total());
        assertEquals(TODAY, byCause.to());
        ComplaintStatistics.Row staffMistakes = byCause.rows().get(0);
        assertEquals("STAFF_MISTAKE", staffMistakes.key());
        assertEquals(2, staffMistakes.complaints());
        assertEquals(1, staffMistakes.systemic());
        assertEquals(1, staffMistakes.open());
        assertEquals(
                java.util.Arrays.asList("STAFF_MISTAKE", "NETWORK_FAULT", null),
                byCause.rows().stream().map(ComplaintStatistics.Row::key).toList(),
                "most first; not yet analysed last");
        ComplaintStatistics byDepartment =
                read(send(admin, GET("/api/v1/complaints/statistics?by=DEPARTMENT")), ComplaintStatistics.class);
        assertEquals("Service desk", byDepartment.rows().get(0).name());
        assertEquals(2, byDepartment.rows().get(0).upheld());
        ComplaintStatistics byMonth = read(
                send(
                        admin,
                        GET("/api/v1/complaints/statistics?by=MONTH&from=" + TODAY.minusMonths(2) + "&to=" + TODAY)),
                ComplaintStatistics.class);
        assertEquals(3, byMonth.rows().size(), "every month of the period, empty ones too");
        assertEquals(3, byMonth.rows().get(2).complaints());
        Reply backwards =
                send(admin, GET("/api/v1/complaints/statistics?by=MONTH&from=" + TODAY + "&to=" + TODAY.minusDays(1)));
        assertEquals(400, backwards.status());
        assertTrue(backwards.body().contains("\"to\""), backwards.body());
        assertEquals(
                403, send(staff, GET("/api/v1/complaints/statistics?by=CAUSE")).status());
        assertEquals(400, send(admin, GET("/api/v1/complaints/statistics")).status(), "by is required");
    }

    @Test
    void departments_are_named_once_changed_with_the_version_read_and_kept_while_they_hold_complaints() {
        Reply taken = send(admin, POST("/api/v1/departments", new DepartmentWrite("Service desk", manager, List.of())));
        assertEquals(409, taken.status(), taken.body());
        Reply stranger =
                send(admin, POST("/api/v1/departments", new DepartmentWrite("Billing", "nobody-here", List.of())));
        assertEquals(400, stranger.status());
        assertTrue(stranger.body().contains("\"lead\""), stranger.body());
        Reply stale = send(
                admin,
                PUT("/api/v1/departments/" + service.id(), new DepartmentWrite("Service", manager2, List.of()))
                        .header("If-Match", "\"0\""));
        assertEquals(412, stale.status());
        Reply changed = send(
                admin,
                PUT(
                                "/api/v1/departments/" + service.id(),
                                new DepartmentWrite("Service", manager2, List.of(staff, manager)))
                        .header("If-Match", "\"1\""));
        assertEquals(200, changed.status(), changed.body());
        assertEquals(
                List.of(staff, manager), read(changed, DepartmentView.class).members());
        String id = recorded().id();
        step(manager, id + "/verdict", new Verdict(true, "Late"));
        step(manager, id + "/department", new DepartmentAssignment(service.id()));
        Reply inUse = send(admin, io.micronaut.http.HttpRequest.DELETE("/api/v1/departments/" + service.id()));
        assertEquals(409, inUse.status());
        assertTrue(inUse.body().contains("department-in-use"), inUse.body());
    }
}
