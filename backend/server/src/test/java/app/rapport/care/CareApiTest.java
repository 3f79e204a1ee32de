package app.rapport.care;

import static io.micronaut.http.HttpRequest.GET;
import static io.micronaut.http.HttpRequest.POST;
import static io.micronaut.http.HttpRequest.PUT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rapport.api.care.Assignment;
import app.rapport.api.care.BulkReassignment;
import app.rapport.api.care.CareActionView;
import app.rapport.api.care.CareActionWrite;
import app.rapport.api.care.CareCompletion;
import app.rapport.api.care.CareKind;
import app.rapport.api.care.CareSkip;
import app.rapport.api.care.CareSource;
import app.rapport.api.care.CareStatus;
import app.rapport.api.care.FollowUp;
import app.rapport.api.care.Member;
import app.rapport.api.care.MyDay;
import app.rapport.api.care.ReassignmentResult;
import app.rapport.api.care.ReplenishmentPlan;
import app.rapport.api.care.TeamView;
import app.rapport.api.care.TouchpointView;
import app.rapport.api.common.ServiceLevel;
import app.rapport.api.common.TenantRole;
import app.rapport.api.lifecycle.SignalRun;
import app.rapport.api.lifecycle.StageView;
import app.rapport.support.PlaybookTenantTest;
import io.micronaut.core.type.Argument;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Care through the API: members come from Keycloak and an owner takes over the waiting actions; a tier decides who
 * may own a client; staff log touchpoints with follow-ups and close only their own work; the nightly run adds cadence
 * check-ins once; the team view; bulk reassignment; replenishment planning.
 */
class CareApiTest extends PlaybookTenantTest {
    @Test
    void members_come_from_keycloak_and_an_owner_takes_over_the_waiting_actions() {
        String newcomer = client("Newcomer Household");
        List<Member> members = read(send(staff, GET("/api/v1/team/members")), Argument.listOf(Member.class));
        Set<String> names = members.stream().map(Member::username).collect(Collectors.toSet());
        assertTrue(names.containsAll(List.of(admin, manager, manager2, staff)), names.toString());
        assertTrue(members.stream().anyMatch(m -> m.username().equals(staff) && m.role() == TenantRole.SERVICE_STAFF));

        Reply stranger =
                send(manager, PUT("/api/v1/clients/" + newcomer + "/owner", new Assignment("harbour.manager")));
        assertEquals(400, stranger.status(), stranger.body());
        assertTrue(stranger.body().contains("\"owner\""), stranger.body());

        StageView owned = read(
                send(manager, PUT("/api/v1/clients/" + newcomer + "/owner", new Assignment(manager))), StageView.class);
        assertEquals(manager, owned.owner());
        assertTrue(actions(newcomer).stream().allMatch(a -> manager.equals(a.owner())));
        MyDay day = read(send(manager, GET("/api/v1/care-actions/my-day")), MyDay.class);
        assertEquals(
                List.of("Welcome call"),
                day.nextSevenDays().stream().map(CareActionView::title).toList());
        assertEquals(List.of(), day.overdue());
    }

    @Test
    void a_tier_decides_which_roles_may_own_the_client() {
        String newcomer = owned("Newcomer Household");
        assertEquals(200, send(admin, POST("/api/v1/tiers/classifications", "")).status());
        Reply refused = send(manager, PUT("/api/v1/clients/" + newcomer + "/owner", new Assignment(staff)));
        assertEquals(422, refused.status(), refused.body());
        assertTrue(refused.body().contains("owner-not-entitled"), refused.body());
        assertEquals(manager, stage(newcomer).owner());
    }

    @Test
    void staff_log_a_touchpoint_with_a_follow_up_and_close_only_their_own_work() {
        String newcomer = owned("Newcomer Household");
        Reply logged = send(
                staff,
                POST(
                        "/api/v1/touchpoints",
                        touchpoint(
                                newcomer,
                                5,
                                new FollowUp("Send the delivery schedule", TODAY.plusDays(1), null, null))));
        assertEquals(201, logged.status(), logged.body());
        TouchpointView tp = read(logged, TouchpointView.class);
        assertNotNull(tp.followUpActionId());
        assertEquals("Newcomer Household", tp.clientName());
        CareActionView followUp =
                read(send(staff, GET("/api/v1/care-actions/" + tp.followUpActionId())), CareActionView.class);
        assertEquals(staff, followUp.owner());
        assertEquals(CareSource.FOLLOW_UP, followUp.source());
        assertEquals(CareKind.CALL, followUp.kind());
        assertEquals(TODAY.plusDays(1), followUp.dueOn());
        MyDay day = read(send(staff, GET("/api/v1/care-actions/my-day")), MyDay.class);
        assertEquals(
                List.of(followUp.id()),
                day.nextSevenDays().stream().map(CareActionView::id).toList());

        String welcome = actions(newcomer).stream()
                .filter(a -> a.title().equals("Welcome call"))
                .findFirst()
                .orElseThrow()
                .id();
        Reply notMine = send(
                staff,
                POST(
                        "/api/v1/care-actions/" + welcome + "/completion",
                        new CareCompletion("Called", ServiceLevel.BASIC)));
        assertEquals(403, notMine.status(), notMine.body());
        assertTrue(notMine.body().contains("not-your-action"));
        Reply noReason = send(staff, POST("/api/v1/care-actions/" + followUp.id() + "/skip", new CareSkip(" ")));
        assertEquals(400, noReason.status());

        CareActionView done = read(
                send(
                        staff,
                        POST(
                                "/api/v1/care-actions/" + followUp.id() + "/completion",
                                new CareCompletion("Sent it with a handwritten note", ServiceLevel.SURPRISE))),
                CareActionView.class);
        assertEquals(CareStatus.DONE, done.status());
        assertEquals(ServiceLevel.SURPRISE, done.deliveredLevel());
        assertEquals(staff, done.closedBy());
        Reply again = send(
                staff,
                POST(
                        "/api/v1/care-actions/" + followUp.id() + "/completion",
                        new CareCompletion("Again", ServiceLevel.BASIC)));
        assertEquals(409, again.status());
    }

    @Test
    void a_touchpoint_needs_client_channel_and_what_happened_and_sane_figures() {
        String newcomer = client("Newcomer Household");
        Reply empty = send(staff, POST("/api/v1/touchpoints", java.util.Map.of("durationMinutes", 3)));
        assertEquals(400, empty.status());
        for (String field : List.of("clientId", "channel", "what")) {
            assertTrue(empty.body().contains("\"" + field + "\""), empty.body());
        }
        Reply rating = send(staff, POST("/api/v1/touchpoints", touchpoint(newcomer, 6, null)));
        assertEquals(400, rating.status());
        assertTrue(rating.body().contains("rating"), rating.body());
        Reply nobody = send(
                staff, POST("/api/v1/touchpoints", touchpoint(UUID.randomUUID().toString(), 3, null)));
        assertEquals(400, nobody.status());
        assertTrue(nobody.body().contains("clientId"), nobody.body());
        Reply past = send(
                staff,
                POST(
                        "/api/v1/touchpoints",
                        touchpoint(newcomer, 3, new FollowUp("Too late", TODAY.minusDays(1), null, null))));
        assertEquals(400, past.status());
        assertTrue(past.body().contains("followUp.dueOn"), past.body());
        assertEquals(
                0,
                read(
                                send(staff, GET("/api/v1/clients/" + newcomer + "/touchpoints")),
                                Argument.listOf(TouchpointView.class))
                        .size());
    }

    @Test
    void the_nightly_run_adds_each_classified_client_one_cadence_check_in() {
        String newcomer = owned("Newcomer Household");
        send(staff, POST("/api/v1/touchpoints", touchpoint(newcomer, 5, null)));
        assertEquals(200, send(admin, POST("/api/v1/tiers/classifications", "")).status());
        SignalRun first = read(send(manager, POST("/api/v1/suggestions/computations", "")), SignalRun.class);
        assertEquals(1, first.clients());
        assertEquals(1, first.checkInsScheduled());
        SignalRun second = read(send(manager, POST("/api/v1/suggestions/computations", "")), SignalRun.class);
        assertEquals(0, second.checkInsScheduled());
        assertEquals(0, second.suggested());
        CareActionView checkIn = actions(newcomer).stream()
                .filter(a -> a.source() == CareSource.CADENCE)
                .findFirst()
                .orElseThrow();
        assertEquals(CareKind.CHECK_IN, checkIn.kind());
        // the last contact was today's touchpoint; Basic's cadence is 30 days
        assertEquals(TODAY.plusDays(30), checkIn.dueOn());
        assertEquals(manager, checkIn.owner());
    }

    @Test
    void the_team_view_shows_on_time_rate_and_surprise_share() {
        String newcomer = client("Newcomer Household");
        TouchpointView tp = read(
                send(
                        staff,
                        POST(
                                "/api/v1/touchpoints",
                                touchpoint(
                                        newcomer,
                                        5,
                                        new FollowUp("Send the schedule", TODAY.plusDays(1), null, null)))),
                TouchpointView.class);
        assertEquals(
                200,
                send(
                                staff,
                                POST(
                                        "/api/v1/care-actions/" + tp.followUpActionId() + "/completion",
                                        new CareCompletion("Sent it", ServiceLevel.SURPRISE)))
                        .status());
        TeamView team = read(send(manager, GET("/api/v1/care-actions/team")), TeamView.class);
        var s = team.owners().stream()
                .filter(o -> staff.equals(o.owner()))
                .findFirst()
                .orElseThrow();
        assertEquals(1, s.done());
        assertEquals(1, s.onTime());
        assertEquals(0, s.onTimeRate().compareTo(java.math.BigDecimal.ONE));
        assertEquals(0, s.surpriseShare().compareTo(java.math.BigDecimal.ONE));
        assertEquals(400, send(manager, GET("/api/v1/care-actions/team?days=0")).status());
    }

    @Test
    void an_admin_hands_open_actions_to_another_manager_at_once() {
        String newcomer = owned("Newcomer Household");
        declined("Lapsing Household");
        CareActionView done = read(
                send(
                        manager,
                        POST(
                                "/api/v1/clients/" + newcomer + "/care-actions",
                                new CareActionWrite(CareKind.CALL, "Quick call", TODAY, manager, null, null))),
                CareActionView.class);
        assertEquals(
                200,
                send(
                                manager,
                                POST(
                                        "/api/v1/care-actions/" + done.id() + "/completion",
                                        new CareCompletion("Called", ServiceLevel.EXPECTED)))
                        .status());
        List<CareActionView> open =
                items(send(admin, GET("/api/v1/care-actions/open?owner=" + manager)), CareActionView.class);
        assertTrue(open.size() >= 3, open.toString());
        String closedId = actions(newcomer).stream()
                .filter(a -> a.status() == CareStatus.DONE)
                .findFirst()
                .orElseThrow()
                .id();
        List<String> ids =
                new java.util.ArrayList<>(open.stream().map(CareActionView::id).toList());
        ids.add(closedId);
        Reply unknown = send(
                admin,
                POST(
                        "/api/v1/care-actions/reassignment",
                        new BulkReassignment(List.of(UUID.randomUUID().toString()), manager2)));
        assertEquals(400, unknown.status());
        ReassignmentResult r = read(
                send(admin, POST("/api/v1/care-actions/reassignment", new BulkReassignment(ids, manager2))),
                ReassignmentResult.class);
        assertEquals(open.size(), r.reassigned());
        assertEquals(1, r.closed());
        assertEquals(
                List.of(), items(send(admin, GET("/api/v1/care-actions/open?owner=" + manager)), CareActionView.class));
    }

    @Test
    void the_replenishment_list_becomes_replenishment_actions_once() {
        String regular = client("Regular Household");
        boughtDaysAgo(regular, 87, 57, 27);
        // 10 kg every 30 days: runs out in 3 days
        ReplenishmentPlan plan = read(
                send(manager, POST("/api/v1/care-actions/replenishment?withinDays=7", "")), ReplenishmentPlan.class);
        CareActionView a = plan.actions().stream()
                .filter(x -> x.clientId().equals(regular))
                .findFirst()
                .orElseThrow();
        assertEquals(CareKind.REPLENISHMENT, a.kind());
        assertEquals("Rice", a.title());
        assertEquals(TODAY.plusDays(1), a.dueOn());
        assertEquals(CareSource.FORECAST, a.source());
        ReplenishmentPlan again = read(
                send(manager, POST("/api/v1/care-actions/replenishment?withinDays=7", "")), ReplenishmentPlan.class);
        assertTrue(again.actions().stream().noneMatch(x -> x.clientId().equals(regular)));
        assertTrue(again.alreadyPlanned() >= 1);
    }
}
