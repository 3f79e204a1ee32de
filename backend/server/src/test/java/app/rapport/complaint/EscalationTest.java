package app.rapport.complaint;

import static io.micronaut.http.HttpRequest.GET;
import static io.micronaut.http.HttpRequest.POST;
import static io.micronaut.http.HttpRequest.PUT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rapport.api.care.CareSource;
import app.rapport.api.complaint.CauseAnalysis;
import app.rapport.api.complaint.ComplaintCause;
import app.rapport.api.complaint.ComplaintEventKind;
import app.rapport.api.complaint.ComplaintView;
import app.rapport.api.complaint.DepartmentAssignment;
import app.rapport.api.complaint.DepartmentView;
import app.rapport.api.complaint.DepartmentWrite;
import app.rapport.api.complaint.RemedyProposal;
import app.rapport.api.complaint.Severity;
import app.rapport.api.complaint.Verdict;
import app.rapport.api.inbox.InboxView;
import app.rapport.api.inbox.NoticeKind;
import app.rapport.api.inbox.NoticeView;
import app.rapport.api.sla.EscalationAction;
import app.rapport.api.sla.EscalationStep;
import app.rapport.api.sla.MilestoneTarget;
import app.rapport.api.sla.SlaMilestone;
import app.rapport.api.sla.SlaPolicyWrite;
import app.rapport.platform.tenant.MinuteRuns;
import app.rapport.support.PlaybookTenantTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Escalations and the inbox: a milestone's ladder fires each step once — at its warning share, at the breach — however
 * often and on however many replicas the scan runs, never on a complaint that is over; assignments and remedies
 * waiting for approval reach the right inboxes; each member reads only their own.
 */
class EscalationTest extends PlaybookTenantTest {
    @Inject
    MinuteRuns minutes;

    private DepartmentView desk;

    @BeforeEach
    void aLadderOnTheFirstResponse() {
        desk = read(
                send(admin, POST("/api/v1/departments", new DepartmentWrite("Front desk", manager2, List.of(staff)))),
                DepartmentView.class);
        SlaPolicyWrite policy = new SlaPolicyWrite(List.of(new MilestoneTarget(
                SlaMilestone.FIRST_RESPONSE,
                60,
                Set.of(),
                null,
                75,
                List.of(
                        new EscalationStep(75, Set.of(EscalationAction.NOTIFY_OWNER)),
                        new EscalationStep(
                                100,
                                Set.of(
                                        EscalationAction.NOTIFY_SUPERVISORS,
                                        EscalationAction.NOTIFY_ACCOUNT_MANAGER,
                                        EscalationAction.RAISE_SEVERITY,
                                        EscalationAction.OPEN_CARE_ACTION))))));
        assertEquals(
                200,
                send(admin, PUT("/api/v1/sla-policy", policy).header("If-Match", "\"0\""))
                        .status());
    }

    private ComplaintView recorded(String clientId) {
        Reply r = send(staff, POST("/api/v1/complaints", ComplaintApiTest.complaint(clientId)));
        assertEquals(201, r.status(), r.body());
        return read(r, ComplaintView.class);
    }

    private List<NoticeView> inbox(String user) {
        return read(send(user, GET("/api/v1/inbox")), InboxView.class).items();
    }

    private long ofKind(String user, NoticeKind kind) {
        return inbox(user).stream().filter(n -> n.kind() == kind).count();
    }

    @Test
    void the_warning_fires_once_at_its_share_and_the_breach_once_past_the_target() {
        String client = owned("Escalated Trading");
        ComplaintView c = recorded(client);
        Instant received = c.receivedAt();
        minutes.tick(received.plus(Duration.ofMinutes(30)));
        assertEquals(0, ofKind(staff, NoticeKind.MILESTONE_WARNING), "half the target: nothing yet");
        minutes.tick(received.plus(Duration.ofMinutes(50)));
        minutes.tick(received.plus(Duration.ofMinutes(55)));
        assertEquals(1, ofKind(staff, NoticeKind.MILESTONE_WARNING), "the owner is warned once");
        assertEquals(0, ofKind(admin, NoticeKind.MILESTONE_BREACHED));

        // two replicas scanning at the same minute past the deadline: the breach fires once
        Instant late = received.plus(Duration.ofMinutes(90));
        CompletableFuture<List<String>> one = CompletableFuture.supplyAsync(() -> minutes.tick(late));
        CompletableFuture<List<String>> two = CompletableFuture.supplyAsync(() -> minutes.tick(late));
        one.join();
        two.join();
        minutes.tick(received.plus(Duration.ofMinutes(120)));
        assertEquals(1, ofKind(admin, NoticeKind.MILESTONE_BREACHED), "the supervisors are told once");
        assertEquals(1, ofKind(manager, NoticeKind.MILESTONE_BREACHED), "and the client's account manager");
        NoticeView breach = inbox(admin).get(0);
        assertEquals(c.number(), breach.complaintNumber());
        assertEquals("FIRST_RESPONSE", breach.args().get("milestone"));
        ComplaintView after = read(send(manager, GET("/api/v1/complaints/" + c.id())), ComplaintView.class);
        assertEquals(Severity.CRITICAL, after.severity(), "raised one level, from HIGH");
        assertEquals(
                2,
                after.history().stream()
                        .filter(e -> e.kind() == ComplaintEventKind.ESCALATED)
                        .count());
        assertEquals(
                1,
                actions(client).stream()
                        .filter(a ->
                                a.source() == CareSource.COMPLAINT && a.title().endsWith("#FIRST_RESPONSE"))
                        .count());
    }

    @Test
    void a_step_some_minutes_before_the_deadline_warns_then_and_says_how_much_time_is_used() {
        SlaPolicyWrite policy = new SlaPolicyWrite(List.of(new MilestoneTarget(
                SlaMilestone.FIRST_RESPONSE,
                60,
                Set.of(),
                null,
                null,
                List.of(EscalationStep.before(10, Set.of(EscalationAction.NOTIFY_OWNER))))));
        assertEquals(
                200,
                send(admin, PUT("/api/v1/sla-policy", policy).header("If-Match", "\"1\""))
                        .status());
        ComplaintView c = recorded(owned("Nearly Late Trading"));
        minutes.tick(c.receivedAt().plus(Duration.ofMinutes(45)));
        assertEquals(0, ofKind(staff, NoticeKind.MILESTONE_WARNING), "15 minutes left: not yet");
        minutes.tick(c.receivedAt().plus(Duration.ofMinutes(51)));
        minutes.tick(c.receivedAt().plus(Duration.ofMinutes(55)));
        List<NoticeView> warned = inbox(staff).stream()
                .filter(n -> n.kind() == NoticeKind.MILESTONE_WARNING)
                .toList();
        assertEquals(1, warned.size(), "ten minutes before the deadline, once");
        assertEquals(83, ((Number) warned.get(0).args().get("percent")).intValue(), "50 of 60 minutes used");
    }

    @Test
    void a_breach_can_hand_the_complaint_to_its_departments_lead_who_is_told() {
        SlaPolicyWrite policy = new SlaPolicyWrite(List.of(new MilestoneTarget(
                SlaMilestone.CAUSE_ANALYSED,
                120,
                Set.of(),
                null,
                null,
                List.of(new EscalationStep(100, Set.of(EscalationAction.REASSIGN_TO_LEAD))))));
        assertEquals(
                200,
                send(admin, PUT("/api/v1/sla-policy", policy).header("If-Match", "\"1\""))
                        .status());
        ComplaintView c = recorded(owned("Handed Over Trading"));
        assertEquals(staff, c.owner());
        minutes.tick(c.receivedAt().plus(Duration.ofMinutes(150)));
        assertEquals(
                staff,
                read(send(manager, GET("/api/v1/complaints/" + c.id())), ComplaintView.class)
                        .owner(),
                "no department yet: nobody to hand it to");
        send(manager, POST("/api/v1/complaints/" + c.id() + "/verdict", new Verdict(true, "Yes")));
        send(manager, POST("/api/v1/complaints/" + c.id() + "/department", new DepartmentAssignment(desk.id())));
        // the breach step fired (once) before the department was there; a new round would need a reopening
        ComplaintView other = recorded(owned("Late Analysis Trading"));
        send(manager, POST("/api/v1/complaints/" + other.id() + "/verdict", new Verdict(true, "Yes")));
        send(manager, POST("/api/v1/complaints/" + other.id() + "/department", new DepartmentAssignment(desk.id())));
        minutes.tick(other.receivedAt().plus(Duration.ofMinutes(121)));
        ComplaintView handed = read(send(manager, GET("/api/v1/complaints/" + other.id())), ComplaintView.class);
        assertEquals(manager2, handed.owner(), "the lead holds it now");
        assertEquals(1, ofKind(manager2, NoticeKind.MILESTONE_BREACHED), "and was told why");
        assertTrue(
                items(
                                send(manager2, GET("/api/v1/complaints?queue=MINE")),
                                app.rapport.api.complaint.ComplaintCard.class)
                        .stream()
                        .anyMatch(k -> k.id().equals(other.id())));
    }

    @Test
    void a_complaint_that_is_over_or_answered_in_time_is_never_escalated() {
        ComplaintView c = recorded(client("Answered Trading"));
        assertEquals(
                200,
                send(manager, POST("/api/v1/complaints/" + c.id() + "/verdict", new Verdict(false, "No")))
                        .status());
        minutes.tick(c.receivedAt().plus(Duration.ofHours(5)));
        assertEquals(0, ofKind(staff, NoticeKind.MILESTONE_WARNING));
        assertEquals(0, ofKind(admin, NoticeKind.MILESTONE_BREACHED));
    }

    @Test
    void an_assignment_reaches_the_department_and_a_proposed_remedy_its_lead_and_each_reads_only_their_own() {
        ComplaintView c = recorded(client("Routed Trading"));
        send(manager, POST("/api/v1/complaints/" + c.id() + "/verdict", new Verdict(true, "Yes")));
        send(manager, POST("/api/v1/complaints/" + c.id() + "/department", new DepartmentAssignment(desk.id())));
        assertEquals(1, ofKind(manager2, NoticeKind.COMPLAINT_ASSIGNED));
        assertEquals(1, ofKind(staff, NoticeKind.COMPLAINT_ASSIGNED));
        send(
                staff,
                POST(
                        "/api/v1/complaints/" + c.id() + "/analysis",
                        new CauseAnalysis(List.of(ComplaintCause.STAFF_MISTAKE), null)));
        send(staff, POST("/api/v1/complaints/" + c.id() + "/remedy", new RemedyProposal("A visit")));
        assertEquals(1, ofKind(manager2, NoticeKind.APPROVAL_WAITING), "the lead decides");
        assertEquals(0, ofKind(staff, NoticeKind.APPROVAL_WAITING), "nobody is told of their own step");

        InboxView lead = read(send(manager2, GET("/api/v1/inbox")), InboxView.class);
        assertEquals(2, lead.unread());
        String id = lead.items().get(0).id();
        assertEquals(404, send(staff, POST("/api/v1/inbox/" + id + "/read", "")).status(), "another's notice");
        Reply read = send(manager2, POST("/api/v1/inbox/" + id + "/read", ""));
        assertEquals(200, read.status(), read.body());
        assertEquals(
                1, read(send(manager2, GET("/api/v1/inbox")), InboxView.class).unread());
        assertEquals(
                0,
                read(send(manager2, POST("/api/v1/inbox/read", "")), InboxView.class)
                        .unread());
        assertTrue(read(send(manager2, GET("/api/v1/inbox")), InboxView.class).items().stream()
                .allMatch(n -> n.readAt() != null));
    }
}
