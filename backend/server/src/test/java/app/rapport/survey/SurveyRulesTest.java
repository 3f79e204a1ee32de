package app.rapport.survey;

import static io.micronaut.http.HttpRequest.GET;
import static io.micronaut.http.HttpRequest.POST;
import static io.micronaut.http.HttpRequest.PUT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rapport.api.care.CareActionView;
import app.rapport.api.care.CareActionWrite;
import app.rapport.api.care.CareCompletion;
import app.rapport.api.care.CareKind;
import app.rapport.api.care.CareSource;
import app.rapport.api.common.Channel;
import app.rapport.api.common.ServiceLevel;
import app.rapport.api.complaint.Accountability;
import app.rapport.api.complaint.CauseAnalysis;
import app.rapport.api.complaint.ClientFeedback;
import app.rapport.api.complaint.ClientNotice;
import app.rapport.api.complaint.ComplaintCause;
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
import app.rapport.api.survey.ClientSurveys;
import app.rapport.api.survey.InstrumentTemplate;
import app.rapport.api.survey.InstrumentView;
import app.rapport.api.survey.InstrumentWrite;
import app.rapport.api.survey.InvitationLink;
import app.rapport.api.survey.InvitationStatus;
import app.rapport.api.survey.InvitationView;
import app.rapport.api.survey.OptOutWrite;
import app.rapport.api.survey.RuleView;
import app.rapport.api.survey.RuleWrite;
import app.rapport.api.survey.SkipReason;
import app.rapport.api.survey.SurveyTrigger;
import app.rapport.platform.tenant.MinuteRuns;
import app.rapport.support.PlaybookTenantTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Survey rules end to end: a rule's refusals name their field; a care action of the rule's kind done schedules one
 * invitation, sent by the minute's scan once the delay has passed — once, even with two scans at once — with a care
 * action for the owner to deliver the link; an opted-out client is skipped when the survey falls due; a complaint
 * closed schedules its survey and reopening it first cancels it; a stale rule save is refused.
 */
class SurveyRulesTest extends PlaybookTenantTest {
    @Inject
    MinuteRuns minutes;

    private InstrumentView afterComplaint;

    @BeforeEach
    void anInstrument() {
        InstrumentWrite t = read(
                send(admin, GET("/api/v1/survey-templates/" + InstrumentTemplate.AFTER_COMPLAINT)),
                InstrumentWrite.class);
        Reply r = send(admin, POST("/api/v1/survey-instruments", t));
        assertEquals(201, r.status(), r.body());
        afterComplaint = read(r, InstrumentView.class);
    }

    private RuleView rule(RuleWrite write) {
        Reply r = send(admin, POST("/api/v1/survey-rules", write));
        assertEquals(201, r.status(), r.body());
        return read(r, RuleView.class);
    }

    private ClientSurveys surveys(String clientId) {
        return read(send(manager, GET("/api/v1/clients/" + clientId + "/surveys")), ClientSurveys.class);
    }

    private CareActionView doneCall(String clientId, CareKind kind) {
        Reply planned = send(
                manager,
                POST(
                        "/api/v1/clients/" + clientId + "/care-actions",
                        new CareActionWrite(kind, "Ring after the stay", TODAY, manager, null, null)));
        assertEquals(201, planned.status(), planned.body());
        String id = read(planned, CareActionView.class).id();
        Reply done = send(
                manager,
                POST(
                        "/api/v1/care-actions/" + id + "/completion",
                        new CareCompletion("Spoke to them", ServiceLevel.EXPECTED)));
        assertEquals(200, done.status(), done.body());
        return read(done, CareActionView.class);
    }

    @Test
    void a_rule_asks_for_what_its_trigger_needs_and_refuses_the_rest_naming_the_field() {
        Reply r = send(
                admin,
                POST(
                        "/api/v1/survey-rules",
                        new RuleWrite(SurveyTrigger.CARE_DONE, afterComplaint.id(), null, null, "t-1", 6, 0, true)));
        assertEquals(400, r.status(), r.body());
        assertTrue(r.body().contains("\"careKind\"") && r.body().contains("NOT_NULL"), r.body());
        assertTrue(r.body().contains("\"tierId\"") && r.body().contains("NOT_FOR_TRIGGER"), r.body());
        assertTrue(r.body().contains("\"everyMonths\""), r.body());
        Reply manual = send(
                admin,
                POST(
                        "/api/v1/survey-rules",
                        new RuleWrite(SurveyTrigger.MANUAL, "nope", null, null, null, null, 0, true)));
        assertEquals(400, manual.status(), manual.body());
        assertTrue(manual.body().contains("\"trigger\"") && manual.body().contains("\"instrumentId\""), manual.body());
        Reply step = send(
                admin,
                POST(
                        "/api/v1/survey-rules",
                        new RuleWrite(
                                SurveyTrigger.TOUCHPOINT_STEP,
                                afterComplaint.id(),
                                null,
                                "no-such-step",
                                null,
                                null,
                                0,
                                true)));
        assertEquals(400, step.status(), step.body());
        assertTrue(step.body().contains("\"stepId\""), step.body());
        Reply late = send(
                admin,
                POST(
                        "/api/v1/survey-rules",
                        new RuleWrite(
                                SurveyTrigger.COMPLAINT_CLOSED,
                                afterComplaint.id(),
                                null,
                                null,
                                null,
                                null,
                                721,
                                true)));
        assertEquals(400, late.status(), late.body());
        assertTrue(late.body().contains("\"delayHours\""), late.body());
        assertEquals(0, read(send(manager, GET("/api/v1/survey-rules")), RuleView[].class).length, "nothing saved");
    }

    @Test
    void a_care_action_done_schedules_a_survey_sent_once_when_due_with_the_owners_care_action_to_deliver_it()
            throws Exception {
        String client = owned("Cared Trading");
        RuleView calls = rule(
                new RuleWrite(SurveyTrigger.CARE_DONE, afterComplaint.id(), CareKind.CALL, null, null, null, 2, true));
        doneCall(client, CareKind.VISIT);
        assertTrue(surveys(client).invitations().isEmpty(), "another kind invites nobody");
        Instant before = Instant.now();
        CareActionView call = doneCall(client, CareKind.CALL);

        InvitationView scheduled = surveys(client).invitations().getFirst();
        assertEquals(InvitationStatus.SCHEDULED, scheduled.status());
        assertEquals(SurveyTrigger.CARE_DONE, scheduled.trigger());
        assertEquals(call.id(), scheduled.triggerRef());
        assertTrue(
                !scheduled.createdAt().isBefore(before.plus(Duration.ofHours(2)).minusSeconds(2)),
                "due two hours after the call: " + scheduled.createdAt());
        assertTrue(scheduled.mayCancel());
        assertFalse(scheduled.mayLink(), "no link before it is sent");
        assertEquals(
                409,
                send(manager, POST("/api/v1/survey-invitations/" + scheduled.id() + "/link", ""))
                        .status());

        minutes.tick(Instant.now());
        assertEquals(
                InvitationStatus.SCHEDULED,
                surveys(client).invitations().getFirst().status(),
                "not due yet");

        Instant due = Instant.now().plus(Duration.ofHours(3));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<List<String>>> ticks =
                    pool.invokeAll(List.<Callable<List<String>>>of(() -> minutes.tick(due), () -> minutes.tick(due)));
            for (Future<List<String>> t : ticks) {
                t.get();
            }
        } finally {
            pool.shutdown();
        }
        InvitationView sent = surveys(client).invitations().getFirst();
        assertEquals(InvitationStatus.OPEN, sent.status());
        assertTrue(sent.mayLink());
        List<CareActionView> deliver = actions(client).stream()
                .filter(a -> a.kind() == CareKind.SURVEY_SEND)
                .toList();
        assertEquals(1, deliver.size(), "two scans at once send it once: " + deliver);
        assertEquals(CareSource.SURVEY, deliver.getFirst().source());
        assertEquals(sent.id(), deliver.getFirst().sourceRef());
        assertEquals(manager, deliver.getFirst().owner(), "the client's owner delivers the link");
        InvitationLink link = read(
                send(manager, POST("/api/v1/survey-invitations/" + sent.id() + "/link", "")), InvitationLink.class);
        assertEquals(
                200,
                send(
                                null,
                                GET("/api/v1/public/surveys/" + link.token())
                                        .header("X-Forwarded-For", "rules-" + java.util.UUID.randomUUID()))
                        .status());
        assertEquals(
                app.rapport.api.care.CareStatus.DONE,
                actions(client).stream()
                        .filter(a -> a.id().equals(deliver.getFirst().id()))
                        .findFirst()
                        .orElseThrow()
                        .status(),
                "making the link is sending it: the owner's action is done");
        assertEquals(1, read(send(manager, GET("/api/v1/survey-rules")), RuleView[].class)[0].invited());
        assertEquals(calls.id(), read(send(manager, GET("/api/v1/survey-rules")), RuleView[].class)[0].id());
    }

    @Test
    void a_client_who_opted_out_meanwhile_is_skipped_when_the_survey_falls_due() {
        String client = owned("Quiet Trading");
        rule(new RuleWrite(SurveyTrigger.CARE_DONE, afterComplaint.id(), CareKind.GIFT, null, null, null, 0, true));
        doneCall(client, CareKind.GIFT);
        assertEquals(
                200,
                send(manager, PUT("/api/v1/clients/" + client + "/surveys/opt-out", new OptOutWrite(true)))
                        .status());
        minutes.tick(Instant.now().plusSeconds(5));
        InvitationView skipped = surveys(client).invitations().getFirst();
        assertEquals(InvitationStatus.CANCELLED, skipped.status());
        assertEquals(SkipReason.OPTED_OUT, skipped.skipped());
        assertTrue(actions(client).stream().noneMatch(a -> a.kind() == CareKind.SURVEY_SEND));
    }

    @Test
    void a_closed_complaint_schedules_its_survey_and_reopening_it_first_cancels_it() {
        String client = owned("Wronged Trading");
        rule(new RuleWrite(SurveyTrigger.COMPLAINT_CLOSED, afterComplaint.id(), null, null, null, null, 48, true));
        ComplaintView closed = closedComplaint(client);
        InvitationView scheduled = surveys(client).invitations().getFirst();
        assertEquals(InvitationStatus.SCHEDULED, scheduled.status());
        assertEquals(closed.id(), scheduled.triggerRef());

        Reply reopened = send(
                manager,
                POST(
                        "/api/v1/complaints/" + closed.id() + "/reopening",
                        new Reopening("The client rang again: the technician never came back")));
        assertEquals(200, reopened.status(), reopened.body());
        InvitationView cancelled = surveys(client).invitations().getFirst();
        assertEquals(InvitationStatus.CANCELLED, cancelled.status());
        assertEquals(SkipReason.COMPLAINT_REOPENED, cancelled.skipped());
        minutes.tick(Instant.now().plus(Duration.ofHours(49)));
        assertEquals(
                InvitationStatus.CANCELLED,
                surveys(client).invitations().getFirst().status(),
                "never sent");
    }

    @Inject
    TierSurveys tierSurveys;

    @Inject
    app.rapport.platform.tenant.TenantCatalog catalog;

    @Test
    void a_tier_survey_asks_each_client_of_the_tier_once_per_period() {
        app.rapport.api.tier.TierSettingsView settings =
                read(send(admin, GET("/api/v1/tiers")), app.rapport.api.tier.TierSettingsView.class);
        String gold = settings.tiers().getFirst().id();
        String inTier = owned("Golden Trading");
        String elsewhere = owned("Plain Trading");
        Reply pinned = send(
                manager,
                PUT(
                        "/api/v1/clients/" + inTier + "/tier/pin",
                        new app.rapport.api.tier.TierPin(gold, "Key account", TODAY.plusDays(30))));
        assertEquals(200, pinned.status(), pinned.body());
        rule(new RuleWrite(SurveyTrigger.TIER_SCHEDULE, afterComplaint.id(), null, null, gold, 6, 0, true));
        app.rapport.platform.tenant.Tenant tenant = catalog.servable().stream()
                .filter(t -> t.slug().equals(slug))
                .findFirst()
                .orElseThrow();
        assertEquals(
                "1 tier survey rules, 1 invitations scheduled",
                app.rapport.platform.tenant.TenantScope.call(tenant, tierSurveys::run));
        assertEquals(
                "1 tier survey rules, 0 invitations scheduled",
                app.rapport.platform.tenant.TenantScope.call(tenant, tierSurveys::run),
                "asked within the six months: not again");
        assertEquals(
                SurveyTrigger.TIER_SCHEDULE,
                surveys(inTier).invitations().getFirst().trigger());
        assertTrue(surveys(elsewhere).invitations().isEmpty(), "a client of another tier is not asked");
    }

    @Test
    void a_rule_saved_over_a_version_another_admin_replaced_is_refused() {
        RuleView r = rule(
                new RuleWrite(SurveyTrigger.COMPLAINT_CLOSED, afterComplaint.id(), null, null, null, null, 24, true));
        RuleWrite off =
                new RuleWrite(SurveyTrigger.COMPLAINT_CLOSED, afterComplaint.id(), null, null, null, null, 24, false);
        Reply first = send(admin, PUT("/api/v1/survey-rules/" + r.id(), off).header("If-Match", "\"1\""));
        assertEquals(200, first.status(), first.body());
        assertFalse(read(first, RuleView.class).active());
        Reply stale = send(admin, PUT("/api/v1/survey-rules/" + r.id(), off).header("If-Match", "\"1\""));
        assertEquals(412, stale.status(), stale.body());
        String client = owned("Unasked Trading");
        closedComplaint(client);
        assertTrue(surveys(client).invitations().isEmpty(), "an inactive rule invites nobody");
    }

    private ComplaintView step(String user, String path, Object body) {
        Reply r = send(user, POST("/api/v1/complaints/" + path, body));
        assertEquals(200, r.status(), r.body());
        return read(r, ComplaintView.class);
    }

    /** A complaint taken through the eight steps to closed. */
    private ComplaintView closedComplaint(String clientId) {
        DepartmentView desk = read(
                send(
                        admin,
                        POST(
                                "/api/v1/departments",
                                new DepartmentWrite("Desk " + java.util.UUID.randomUUID(), manager2, List.of(staff)))),
                DepartmentView.class);
        Reply recorded = send(
                staff,
                POST(
                        "/api/v1/complaints",
                        new ComplaintWrite(
                                clientId,
                                Channel.PHONE,
                                "The technician came two days late",
                                Severity.HIGH,
                                "A discount",
                                null,
                                null,
                                null,
                                null)));
        assertEquals(201, recorded.status(), recorded.body());
        String id = read(recorded, ComplaintView.class).id();
        step(manager, id + "/verdict", new Verdict(true, "We promised a visit within a day"));
        step(manager, id + "/department", new DepartmentAssignment(desk.id()));
        step(staff, id + "/analysis", new CauseAnalysis(List.of(ComplaintCause.STAFF_MISTAKE), "Booked wrong"));
        step(staff, id + "/remedy", new RemedyProposal("Apologise and visit today"));
        step(manager2, id + "/remedy/decision", new RemedyDecision(true, null));
        for (RecoveryItem item : List.of(
                RecoveryItem.APOLOGY,
                RecoveryItem.URGENT_REMEDY,
                RecoveryItem.EMPATHY,
                RecoveryItem.COMPENSATION,
                RecoveryItem.FOLLOW_UP)) {
            Reply r = send(
                    staff,
                    PUT(
                            "/api/v1/complaints/" + id + "/recovery/" + item,
                            new RecoveryWrite(item == RecoveryItem.COMPENSATION, "Done", null, null)));
            assertEquals(200, r.status(), r.body());
        }
        step(manager2, id + "/accountability", new Accountability("Desk", "Briefed"));
        step(staff, id + "/notice", new ClientNotice("Phoned"));
        step(staff, id + "/feedback", new ClientFeedback(true, null));
        step(staff, id + "/resolution", "");
        return step(manager, id + "/summary", new ComplaintSummary("Bookings need a check", false));
    }
}
