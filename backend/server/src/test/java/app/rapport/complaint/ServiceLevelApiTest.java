package app.rapport.complaint;

import static io.micronaut.http.HttpRequest.DELETE;
import static io.micronaut.http.HttpRequest.GET;
import static io.micronaut.http.HttpRequest.POST;
import static io.micronaut.http.HttpRequest.PUT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rapport.api.complaint.ComplaintAction;
import app.rapport.api.complaint.ComplaintView;
import app.rapport.api.complaint.Verdict;
import app.rapport.api.sla.ClockState;
import app.rapport.api.sla.HoldReason;
import app.rapport.api.sla.HoldWrite;
import app.rapport.api.sla.MilestoneClock;
import app.rapport.api.sla.MilestoneTarget;
import app.rapport.api.sla.ReopenRule;
import app.rapport.api.sla.SlaMilestone;
import app.rapport.api.sla.SlaPolicyView;
import app.rapport.api.sla.SlaPolicyWrite;
import app.rapport.api.tier.TierSettingsView;
import app.rapport.support.PlaybookTenantTest;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Service-level policies through the API and the clocks they give complaints: nothing is measured until an admin sets
 * a policy; a complaint keeps the version it started under; a tier's own policy overrides the workspace's; a hold
 * pauses what its reason pauses and a release resumes it; the verdict fulfils the first response; versions race with
 * one winner.
 */
public class ServiceLevelApiTest extends PlaybookTenantTest {

    public static SlaPolicyWrite policy(int firstResponseMinutes) {
        return new SlaPolicyWrite(List.of(
                new MilestoneTarget(
                        SlaMilestone.FIRST_RESPONSE,
                        firstResponseMinutes,
                        Set.of(HoldReason.WAITING_FOR_CLIENT),
                        ReopenRule.KEEP,
                        75),
                new MilestoneTarget(SlaMilestone.CLOSED, 60 * 24 * 5, Set.of(), null, null)));
    }

    private Reply put(String path, String etag, SlaPolicyWrite w) {
        return send(admin, PUT("/api/v1" + path, w).header("If-Match", etag));
    }

    private ComplaintView recorded(String clientId) {
        Reply r = send(staff, POST("/api/v1/complaints", ComplaintApiTest.complaint(clientId)));
        assertEquals(201, r.status(), r.body());
        return read(r, ComplaintView.class);
    }

    private static MilestoneClock clock(ComplaintView c, SlaMilestone m) {
        return c.clocks().stream().filter(k -> k.milestone() == m).findFirst().orElseThrow();
    }

    @Test
    void nothing_is_measured_until_an_admin_sets_a_policy_and_a_complaint_keeps_the_version_it_started_under() {
        String client = client("Clocked Trading");
        ComplaintView before = recorded(client);
        assertEquals(0, before.slaVersion());
        assertEquals(List.of(), before.clocks());

        Reply set = put("/sla-policy", "\"0\"", policy(240));
        assertEquals(200, set.status(), set.body());
        assertEquals("\"1\"", set.header("ETag"));
        ComplaintView first = recorded(client);
        assertEquals(1, first.slaVersion());
        assertEquals(
                List.of(SlaMilestone.FIRST_RESPONSE, SlaMilestone.CLOSED),
                first.clocks().stream().map(MilestoneClock::milestone).toList());
        MilestoneClock response = clock(first, SlaMilestone.FIRST_RESPONSE);
        assertEquals(ClockState.RUNNING, response.state());
        assertNotNull(response.deadline(), "round the clock: the deadline is 4 hours on");
        assertEquals(
                first.receivedAt().plusSeconds(240 * 60).getEpochSecond(),
                response.deadline().getEpochSecond(),
                1);

        assertEquals(200, put("/sla-policy", "\"1\"", policy(30)).status());
        ComplaintView again = read(send(manager, GET("/api/v1/complaints/" + first.id())), ComplaintView.class);
        assertEquals(1, again.slaVersion(), "a complaint keeps the version it started under");
        assertEquals(240, clock(again, SlaMilestone.FIRST_RESPONSE).targetMinutes());
        assertEquals(30, clock(recorded(client), SlaMilestone.FIRST_RESPONSE).targetMinutes());
        assertEquals(412, put("/sla-policy", "\"1\"", policy(10)).status(), "version 1 was read: stale");
        assertEquals(428, send(admin, PUT("/api/v1/sla-policy", policy(10))).status());
        assertEquals(
                403,
                send(manager, PUT("/api/v1/sla-policy", policy(10)).header("If-Match", "\"2\""))
                        .status());
    }

    @Test
    void the_verdict_fulfils_the_first_response_and_a_hold_for_the_client_pauses_it() {
        put("/sla-policy", "\"0\"", policy(240));
        ComplaintView c = recorded(client("Waiting Trading"));
        Reply held = send(
                staff, POST("/api/v1/complaints/" + c.id() + "/hold", new HoldWrite(HoldReason.WAITING_FOR_CLIENT)));
        assertEquals(200, held.status(), held.body());
        c = read(held, ComplaintView.class);
        assertEquals(HoldReason.WAITING_FOR_CLIENT, c.holdReason());
        assertEquals(ClockState.PAUSED, clock(c, SlaMilestone.FIRST_RESPONSE).state());
        assertNull(clock(c, SlaMilestone.FIRST_RESPONSE).deadline());
        assertEquals(
                ClockState.RUNNING, clock(c, SlaMilestone.CLOSED).state(), "the closing clock is not paused by it");
        assertTrue(
                c.may().contains(ComplaintAction.RELEASE) && !c.may().contains(ComplaintAction.HOLD),
                c.may().toString());
        Reply twice = send(
                staff, POST("/api/v1/complaints/" + c.id() + "/hold", new HoldWrite(HoldReason.WAITING_FOR_CLIENT)));
        assertEquals(409, twice.status(), "on hold already: " + twice.body());

        c = read(send(staff, POST("/api/v1/complaints/" + c.id() + "/release", "")), ComplaintView.class);
        assertNull(c.holdReason());
        assertEquals(ClockState.RUNNING, clock(c, SlaMilestone.FIRST_RESPONSE).state());
        assertNotNull(clock(c, SlaMilestone.FIRST_RESPONSE).deadline());
        c = read(
                send(manager, POST("/api/v1/complaints/" + c.id() + "/verdict", new Verdict(false, "Not ours"))),
                ComplaintView.class);
        assertEquals(ClockState.MET, clock(c, SlaMilestone.FIRST_RESPONSE).state());
        assertEquals(
                ClockState.STOPPED, clock(c, SlaMilestone.CLOSED).state(), "not upheld: handling ended without it");
    }

    @Test
    void a_tiers_own_policy_overrides_the_workspaces_and_can_be_given_back() {
        put("/sla-policy", "\"0\"", policy(240));
        TierSettingsView tiers = read(send(admin, GET("/api/v1/tiers")), TierSettingsView.class);
        String tier = tiers.tiers().get(0).id();
        SlaPolicyView inherited = read(send(staff, GET("/api/v1/tiers/" + tier + "/sla-policy")), SlaPolicyView.class);
        assertTrue(inherited.inherited());
        assertEquals(240, inherited.targets().get(0).minutes());
        Reply own = put("/tiers/" + tier + "/sla-policy", "\"0\"", policy(15));
        assertEquals(200, own.status(), own.body());
        assertEquals(15, read(own, SlaPolicyView.class).targets().get(0).minutes());
        Reply back = send(admin, DELETE("/api/v1/tiers/" + tier + "/sla-policy"));
        assertEquals(200, back.status());
        assertTrue(read(back, SlaPolicyView.class).inherited());
        assertEquals(
                404,
                send(staff, GET("/api/v1/tiers/" + java.util.UUID.randomUUID() + "/sla-policy"))
                        .status());
    }

    @Test
    void a_milestone_twice_is_refused_naming_it_and_parallel_saves_leave_one_version() {
        SlaPolicyWrite twice = new SlaPolicyWrite(List.of(
                new MilestoneTarget(SlaMilestone.CLOSED, 60, Set.of(), null, null),
                new MilestoneTarget(SlaMilestone.CLOSED, 90, Set.of(), null, null)));
        Reply r = put("/sla-policy", "\"0\"", twice);
        assertEquals(400, r.status());
        assertTrue(r.body().contains("targets[1].milestone"), r.body());
        token(admin);
        List<Reply> replies = parallel(4, () -> put("/sla-policy", "\"0\"", policy(60)));
        Map<Integer, Long> s = statuses(replies);
        assertEquals(1L, s.get(200), replies.toString());
        assertEquals(3L, s.getOrDefault(412, 0L) + s.getOrDefault(409, 0L), replies.toString());
        assertEquals(
                1,
                read(send(admin, GET("/api/v1/sla-policy")), SlaPolicyView.class)
                        .version());
    }

    @Test
    void a_ladder_fires_at_shares_or_minutes_before_the_deadline_each_step_checked_and_kept_in_firing_order() {
        java.util.Set<app.rapport.api.sla.EscalationAction> tell =
                Set.of(app.rapport.api.sla.EscalationAction.NOTIFY_OWNER);
        SlaPolicyWrite wrong = closedInAnHour(List.of(
                new app.rapport.api.sla.EscalationStep(100, 10, tell),
                app.rapport.api.sla.EscalationStep.before(60, tell),
                new app.rapport.api.sla.EscalationStep(150, tell),
                new app.rapport.api.sla.EscalationStep(150, tell)));
        Reply r = put("/sla-policy", "\"0\"", wrong);
        assertEquals(400, r.status(), r.body());
        assertTrue(r.body().contains("\"targets[0].escalations[0].percent\""), "both a share and minutes: " + r.body());
        assertTrue(r.body().contains("EITHER_OR"), r.body());
        assertTrue(
                r.body().contains("\"targets[0].escalations[1].minutesBefore\""), "not within the hour: " + r.body());
        assertTrue(r.body().contains("\"targets[0].escalations[3].percent\""), "the same point twice: " + r.body());
        assertEquals(
                0,
                read(send(admin, GET("/api/v1/sla-policy")), SlaPolicyView.class)
                        .version(),
                "nothing saved");

        SlaPolicyWrite ladder = closedInAnHour(List.of(
                new app.rapport.api.sla.EscalationStep(150, tell),
                new app.rapport.api.sla.EscalationStep(100, tell),
                app.rapport.api.sla.EscalationStep.before(10, tell),
                new app.rapport.api.sla.EscalationStep(50, tell)));
        Reply saved = put("/sla-policy", "\"0\"", ladder);
        assertEquals(200, saved.status(), saved.body());
        List<app.rapport.api.sla.EscalationStep> steps =
                read(saved, SlaPolicyView.class).targets().get(0).escalations();
        assertEquals(
                List.of(50, -10, 100, 150),
                steps.stream().map(app.rapport.api.sla.EscalationStep::key).toList(),
                "in the order they fire: 30 min, 50 min, the hour, 90 min");
        assertEquals(10, steps.get(1).minutesBefore());
    }

    private static SlaPolicyWrite closedInAnHour(List<app.rapport.api.sla.EscalationStep> ladder) {
        return new SlaPolicyWrite(List.of(new MilestoneTarget(SlaMilestone.CLOSED, 60, Set.of(), null, null, ladder)));
    }
}
