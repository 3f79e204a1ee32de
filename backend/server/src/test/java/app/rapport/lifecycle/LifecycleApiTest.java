package app.rapport.lifecycle;

import static io.micronaut.http.HttpRequest.GET;
import static io.micronaut.http.HttpRequest.POST;
import static io.micronaut.http.HttpRequest.PUT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rapport.api.care.Assignment;
import app.rapport.api.care.BulkReassignment;
import app.rapport.api.care.CareActionView;
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
import app.rapport.api.care.Sentiment;
import app.rapport.api.care.TeamView;
import app.rapport.api.care.TouchpointView;
import app.rapport.api.care.TouchpointWrite;
import app.rapport.api.client.ClientView;
import app.rapport.api.common.Channel;
import app.rapport.api.common.ReasonCode;
import app.rapport.api.common.ServiceLevel;
import app.rapport.api.common.TenantRole;
import app.rapport.api.lifecycle.PlaybookStepView;
import app.rapport.api.lifecycle.PlaybookStepWrite;
import app.rapport.api.lifecycle.Portfolio;
import app.rapport.api.lifecycle.SignalKind;
import app.rapport.api.lifecycle.SignalRun;
import app.rapport.api.lifecycle.Stage;
import app.rapport.api.lifecycle.StageChangeWrite;
import app.rapport.api.lifecycle.StageMove;
import app.rapport.api.lifecycle.StageView;
import app.rapport.api.lifecycle.SuggestionDecision;
import app.rapport.api.lifecycle.SuggestionStatus;
import app.rapport.api.lifecycle.SuggestionView;
import app.rapport.api.lifecycle.TimelineEntry;
import app.rapport.api.lifecycle.TimelineKind;
import app.rapport.api.purchase.ProductView;
import app.rapport.api.tier.TierSettingsView;
import app.rapport.support.ApiTest;
import app.rapport.support.Fixtures;
import app.rapport.support.ValueFixtures;
import io.micronaut.core.type.Argument;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The lifecycle and care through the API, in a tenant of its own with a known playbook: a new client starts in
 * EXPLORATION with its playbook scheduled; owners take over the waiting actions; staff log a touchpoint with a
 * follow-up and close only their own work; signals suggest DECLINE, the manager accepts and the win-back visit is
 * scheduled; a dismissed suggestion stays quiet; the nightly run adds cadence check-ins once; timeline, portfolio,
 * team view, bulk reassignment and replenishment planning.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LifecycleApiTest extends ApiTest {
    private static final LocalDate TODAY = LocalDate.now();
    private final String slug = "life-" + UUID.randomUUID().toString().substring(0, 6);
    private String admin;
    private String manager;
    private String manager2;
    private String staff;
    private String newcomer;
    private String lapsing;
    private String quiet;
    private ProductView rice;

    @BeforeAll
    void aTenantWithAPlaybookAndTiers() {
        ensureTenant(slug, "Lifecycle Test", slug + ".admin@example.test");
        admin = keycloak.createUser(slug, "tenant-admin");
        manager = keycloak.createUser(slug, "account-manager");
        manager2 = keycloak.createUser(slug, "account-manager");
        staff = keycloak.createUser(slug, "service-staff");
        step(Stage.EXPLORATION, CareKind.CALL, "Welcome call", 2, null, TenantRole.ACCOUNT_MANAGER);
        step(Stage.EXPLORATION, CareKind.VISIT, "Needs interview", 14, null, TenantRole.ACCOUNT_MANAGER);
        step(Stage.DECLINE, CareKind.VISIT, "Win-back visit", 7, null, TenantRole.ACCOUNT_MANAGER);
        step(Stage.FORMATION, CareKind.CHECK_IN, "Monthly check", null, 30, TenantRole.SERVICE_STAFF);
        TierSettingsView tiers = read(send(admin, GET("/api/v1/tiers")), TierSettingsView.class);
        assertEquals(
                200,
                send(
                                admin,
                                PUT("/api/v1/tiers", ValueFixtures.thresholds())
                                        .header("If-Match", "\"" + tiers.version() + "\""))
                        .status());
        rice = read(
                send(admin, POST("/api/v1/products", ValueFixtures.product("Rice", "kg", null))), ProductView.class);
    }

    private void step(Stage stage, CareKind kind, String title, Integer offset, Integer cadence, TenantRole role) {
        assertEquals(
                201,
                send(
                                admin,
                                POST(
                                        "/api/v1/playbook",
                                        new PlaybookStepWrite(
                                                stage,
                                                null,
                                                kind,
                                                title,
                                                offset,
                                                cadence,
                                                ServiceLevel.EXPECTED,
                                                role,
                                                "Do it well",
                                                0,
                                                null,
                                                null)))
                        .status());
    }

    private String client(String name) {
        return read(send(manager, POST("/api/v1/clients", Fixtures.person(name))), ClientView.class)
                .id();
    }

    private List<CareActionView> actions(String clientId) {
        return read(
                send(manager, GET("/api/v1/clients/" + clientId + "/care-actions")),
                Argument.listOf(CareActionView.class));
    }

    private StageView stage(String clientId) {
        return read(send(manager, GET("/api/v1/clients/" + clientId + "/stage")), StageView.class);
    }

    private TouchpointWrite touchpoint(String clientId, Integer rating, FollowUp followUp) {
        return new TouchpointWrite(
                clientId,
                Channel.PHONE,
                "Asked about the delivery",
                null,
                6,
                rating,
                rating != null && rating <= 2 ? Sentiment.NEGATIVE : null,
                ServiceLevel.EXPECTED,
                "Mrs Lin",
                null,
                followUp);
    }

    private void boughtDaysAgo(String clientId, int... daysAgo) {
        for (int d : daysAgo) {
            assertEquals(
                    201,
                    send(
                                    manager,
                                    POST(
                                            "/api/v1/clients/" + clientId + "/purchases",
                                            ValueFixtures.purchase(rice.id(), d, "10", "100", "20")))
                            .status());
        }
    }

    @Test
    @Order(1)
    void a_new_client_starts_in_exploration_with_its_playbook_waiting_for_an_account_manager() {
        newcomer = client("Newcomer Household");
        StageView s = stage(newcomer);
        assertEquals(Stage.EXPLORATION, s.stage());
        assertNull(s.owner());
        assertEquals(1, s.history().size());
        assertNull(s.history().get(0).from());
        assertEquals(2, s.history().get(0).scheduled());
        List<CareActionView> planned = actions(newcomer);
        assertEquals(
                List.of("Welcome call", "Needs interview"),
                planned.stream().map(CareActionView::title).toList());
        assertEquals(TODAY.plusDays(2), planned.get(0).dueOn());
        assertEquals(TODAY.plusDays(14), planned.get(1).dueOn());
        assertTrue(planned.stream().allMatch(a -> a.owner() == null && a.source() == CareSource.PLAYBOOK));
        assertEquals(CareStatus.PLANNED, planned.get(0).status());
    }

    @Test
    @Order(2)
    void members_come_from_keycloak_and_an_owner_takes_over_the_waiting_actions() {
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
    @Order(3)
    void a_tier_decides_which_roles_may_own_the_client() {
        assertEquals(200, send(admin, POST("/api/v1/tiers/classifications", "")).status());
        Reply refused = send(manager, PUT("/api/v1/clients/" + newcomer + "/owner", new Assignment(staff)));
        assertEquals(422, refused.status(), refused.body());
        assertTrue(refused.body().contains("owner-not-entitled"), refused.body());
        assertEquals(manager, stage(newcomer).owner());
    }

    @Test
    @Order(4)
    void staff_log_a_touchpoint_with_a_follow_up_and_close_only_their_own_work() {
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
    @Order(5)
    void a_touchpoint_needs_client_channel_and_what_happened_and_sane_figures() {
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
                1,
                read(
                                send(staff, GET("/api/v1/clients/" + newcomer + "/touchpoints")),
                                Argument.listOf(TouchpointView.class))
                        .size());
    }

    @Test
    @Order(6)
    void signals_suggest_decline_and_nothing_changes_until_the_manager_accepts() {
        lapsing = client("Lapsing Household");
        send(manager, PUT("/api/v1/clients/" + lapsing + "/owner", new Assignment(manager)));
        boughtDaysAgo(lapsing, 184, 154, 124, 94);
        send(staff, POST("/api/v1/touchpoints", touchpoint(lapsing, 2, null)));
        send(staff, POST("/api/v1/touchpoints", touchpoint(lapsing, 2, null)));

        StageView computed = read(send(manager, POST("/api/v1/clients/" + lapsing + "/signals", "")), StageView.class);
        assertEquals(Stage.EXPLORATION, computed.stage());
        SuggestionView s = computed.suggestion();
        assertNotNull(s);
        assertEquals(Stage.DECLINE, s.to());
        assertEquals(manager, s.owner());
        assertTrue(s.signals().stream()
                .anyMatch(
                        x -> x.kind() == SignalKind.PURCHASE_LAPSE && x.value().intValue() == 94));
        assertTrue(s.signals().stream().anyMatch(x -> x.kind() == SignalKind.LOW_RATINGS));
        assertTrue(s.signals().stream().anyMatch(x -> x.kind() == SignalKind.NEGATIVE_TOUCHPOINTS));
        List<SuggestionView> inbox =
                read(send(manager, GET("/api/v1/suggestions?owner=" + manager)), Argument.listOf(SuggestionView.class));
        assertEquals(List.of(s.id()), inbox.stream().map(SuggestionView::id).toList());

        StageView accepted = read(
                send(manager, POST("/api/v1/suggestions/" + s.id() + "/acceptance", new SuggestionDecision(null))),
                StageView.class);
        assertEquals(Stage.DECLINE, accepted.stage());
        assertNull(accepted.suggestion());
        var change = accepted.history().get(0);
        assertEquals(Stage.EXPLORATION, change.from());
        assertEquals(s.id(), change.suggestionId());
        assertEquals(1, change.scheduled());
        assertEquals(2, change.cancelled());
        assertEquals(ReasonCode.SUGGESTION_ACCEPTED, change.reasonCode());
        assertNull(change.reason(), "no comment was given, and the server writes no sentence");

        List<CareActionView> all = actions(lapsing);
        CareActionView winBack = all.stream()
                .filter(a -> a.title().equals("Win-back visit"))
                .findFirst()
                .orElseThrow();
        assertEquals(CareStatus.PLANNED, winBack.status());
        assertEquals(TODAY.plusDays(7), winBack.dueOn());
        assertEquals(manager, winBack.owner());
        assertEquals(
                2, all.stream().filter(a -> a.status() == CareStatus.CANCELLED).count());
        assertTrue(all.stream()
                .filter(a -> a.status() == CareStatus.CANCELLED)
                .allMatch(a -> a.closeCode() == ReasonCode.STAGE_LEFT
                        && a.stage() == Stage.EXPLORATION
                        && a.closeReason() == null));
        assertEquals(
                409,
                send(manager, POST("/api/v1/suggestions/" + s.id() + "/acceptance", new SuggestionDecision(null)))
                        .status());
    }

    @Test
    @Order(7)
    void a_dismissed_suggestion_needs_a_reason_and_is_not_made_again() {
        quiet = client("Quiet Household");
        boughtDaysAgo(quiet, 184, 154, 124, 94);
        SuggestionView s = read(send(manager, POST("/api/v1/clients/" + quiet + "/signals", "")), StageView.class)
                .suggestion();
        assertNotNull(s);
        Reply bare = send(manager, POST("/api/v1/suggestions/" + s.id() + "/dismissal", new SuggestionDecision("")));
        assertEquals(400, bare.status());
        assertTrue(bare.body().contains("reason"));
        SuggestionView dismissed = read(
                send(
                        manager,
                        POST(
                                "/api/v1/suggestions/" + s.id() + "/dismissal",
                                new SuggestionDecision("Buys from us at the year end only"))),
                SuggestionView.class);
        assertEquals(SuggestionStatus.DISMISSED, dismissed.status());
        assertEquals(manager, dismissed.decidedBy());
        StageView after = read(send(manager, POST("/api/v1/clients/" + quiet + "/signals", "")), StageView.class);
        assertNull(after.suggestion());
        assertEquals(Stage.EXPLORATION, after.stage());
    }

    @Test
    @Order(8)
    void moving_by_hand_follows_the_transition_policy() {
        String vip = client("Framework Household");
        Reply jump = send(
                manager,
                POST("/api/v1/clients/" + vip + "/stage-changes", new StageChangeWrite(Stage.STABILITY, "big one")));
        assertEquals(422, jump.status(), jump.body());
        assertTrue(jump.body().contains("stage-jump-needs-reason"));
        assertEquals(
                409,
                send(
                                manager,
                                POST(
                                        "/api/v1/clients/" + vip + "/stage-changes",
                                        new StageChangeWrite(Stage.EXPLORATION, "still exploring")))
                        .status());
        Reply blank = send(
                manager, POST("/api/v1/clients/" + vip + "/stage-changes", new StageChangeWrite(Stage.FORMATION, "")));
        assertEquals(400, blank.status());
        StageView moved = read(
                send(
                        manager,
                        POST(
                                "/api/v1/clients/" + vip + "/stage-changes",
                                new StageChangeWrite(Stage.STABILITY, "signed a three-year framework contract"))),
                StageView.class);
        assertEquals(Stage.STABILITY, moved.stage());
        assertEquals(manager, moved.history().get(0).actor());
        assertEquals(2, moved.history().size());
        assertTrue(moved.timeInStages().stream().anyMatch(t -> t.stage() == Stage.EXPLORATION));
    }

    @Test
    @Order(9)
    void the_nightly_run_adds_each_classified_client_one_cadence_check_in() {
        assertEquals(200, send(admin, POST("/api/v1/tiers/classifications", "")).status());
        SignalRun first = read(send(manager, POST("/api/v1/suggestions/computations", "")), SignalRun.class);
        assertEquals(4, first.clients());
        assertEquals(4, first.checkInsScheduled());
        SignalRun second = read(send(manager, POST("/api/v1/suggestions/computations", "")), SignalRun.class);
        assertEquals(0, second.checkInsScheduled());
        assertEquals(0, second.suggested());
        CareActionView checkIn = actions(newcomer).stream()
                .filter(a -> a.source() == CareSource.CADENCE)
                .findFirst()
                .orElseThrow();
        assertEquals(CareKind.CHECK_IN, checkIn.kind());
        // the last contact was today's touchpoint and follow-up; Basic's cadence is 30 days
        assertEquals(TODAY.plusDays(30), checkIn.dueOn());
        assertEquals(manager, checkIn.owner());
    }

    @Test
    @Order(10)
    void the_timeline_merges_every_kind_of_event_newest_first() {
        List<TimelineEntry> t = read(
                send(staff, GET("/api/v1/clients/" + lapsing + "/timeline")), Argument.listOf(TimelineEntry.class));
        Set<TimelineKind> kinds = t.stream().map(TimelineEntry::kind).collect(Collectors.toSet());
        assertTrue(
                kinds.containsAll(List.of(
                        TimelineKind.TOUCHPOINT,
                        TimelineKind.CARE_ACTION,
                        TimelineKind.STAGE_CHANGE,
                        TimelineKind.TIER_CHANGE,
                        TimelineKind.PURCHASE)),
                kinds.toString());
        for (int i = 1; i < t.size(); i++) {
            assertTrue(!t.get(i).at().isAfter(t.get(i - 1).at()), "newest first at " + i);
        }
        TimelineEntry decline = t.stream()
                .filter(e -> e.kind() == TimelineKind.STAGE_CHANGE && "DECLINE".equals(e.code()))
                .findFirst()
                .orElseThrow();
        assertEquals("EXPLORATION", decline.fromCode());
        assertEquals(TimelineKind.PURCHASE, t.get(t.size() - 1).kind());
        TimelineEntry purchase = t.get(t.size() - 1);
        assertEquals(ReasonCode.PURCHASE, purchase.reasonCode());
        assertEquals("Rice", purchase.args().get("product"));
        assertEquals(
                0,
                new BigDecimal("100.00")
                        .compareTo(new BigDecimal(purchase.args().get("amount").toString())));
        assertNull(purchase.text(), "the figures travel as values, not as a sentence");
    }

    @Test
    @Order(11)
    void the_portfolio_counts_stage_by_tier_and_the_moves_of_the_last_90_days() {
        Portfolio mine = read(send(manager, GET("/api/v1/portfolio?owner=" + manager)), Portfolio.class);
        assertEquals(2, mine.clients());
        assertEquals(manager, mine.owner());
        assertEquals(
                Set.of(Stage.EXPLORATION, Stage.DECLINE),
                mine.cells().stream().map(c -> c.stage()).collect(Collectors.toSet()));
        assertEquals(0, mine.revenue().compareTo(new java.math.BigDecimal("400.00")));
        assertEquals(List.of(new StageMove(Stage.EXPLORATION, Stage.DECLINE, 1)), mine.moves());
        Portfolio all = read(send(admin, GET("/api/v1/portfolio")), Portfolio.class);
        assertEquals(4, all.clients());
        assertEquals(2, all.moves().stream().mapToInt(StageMove::count).sum());
        assertEquals(TODAY.minusDays(90), all.movementSince());
    }

    @Test
    @Order(12)
    void the_team_view_shows_on_time_rate_and_surprise_share() {
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
    @Order(13)
    void an_admin_hands_open_actions_to_another_manager_at_once() {
        List<CareActionView> open = read(
                send(admin, GET("/api/v1/care-actions/open?owner=" + manager)), Argument.listOf(CareActionView.class));
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
                List.of(),
                read(
                        send(admin, GET("/api/v1/care-actions/open?owner=" + manager)),
                        Argument.listOf(CareActionView.class)));
    }

    @Test
    @Order(14)
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

    @Test
    @Order(15)
    void strategies_refined_per_tier_replace_the_general_playbook_and_need_exactly_one_timing() {
        List<PlaybookStepView> steps =
                read(send(staff, GET("/api/v1/playbook")), Argument.listOf(PlaybookStepView.class));
        assertEquals(4, steps.size());
        Reply both = send(
                admin,
                POST(
                        "/api/v1/playbook",
                        new PlaybookStepWrite(
                                Stage.STABILITY,
                                null,
                                CareKind.GIFT,
                                "Anniversary gift",
                                5,
                                365,
                                ServiceLevel.SURPRISE,
                                TenantRole.ACCOUNT_MANAGER,
                                null,
                                0,
                                null,
                                null)));
        assertEquals(400, both.status());
        Reply noTier = send(
                admin,
                POST(
                        "/api/v1/playbook",
                        new PlaybookStepWrite(
                                Stage.STABILITY,
                                UUID.randomUUID().toString(),
                                CareKind.GIFT,
                                "Gift",
                                5,
                                null,
                                ServiceLevel.SURPRISE,
                                TenantRole.ACCOUNT_MANAGER,
                                null,
                                0,
                                null,
                                null)));
        assertEquals(400, noTier.status());
        assertTrue(noTier.body().contains("tierId"));
        String basic = read(send(admin, GET("/api/v1/tiers")), TierSettingsView.class).tiers().stream()
                .filter(t -> t.nameEn().equals("Basic"))
                .findFirst()
                .orElseThrow()
                .id();
        assertEquals(
                201,
                send(
                                admin,
                                POST(
                                        "/api/v1/playbook",
                                        new PlaybookStepWrite(
                                                Stage.FORMATION,
                                                basic,
                                                CareKind.GREETING,
                                                "Basic welcome note",
                                                1,
                                                null,
                                                ServiceLevel.EXPECTED,
                                                TenantRole.SERVICE_STAFF,
                                                null,
                                                0,
                                                null,
                                                null)))
                        .status());
        // the newcomer is Basic: entering FORMATION schedules the tier's step, not the general monthly check
        StageView moved = read(
                send(
                        manager2,
                        POST(
                                "/api/v1/clients/" + newcomer + "/stage-changes",
                                new StageChangeWrite(Stage.FORMATION, "second order placed"))),
                StageView.class);
        assertEquals(1, moved.history().get(0).scheduled());
        List<CareActionView> open = actions(newcomer).stream()
                .filter(a -> a.status() == CareStatus.PLANNED && a.source() == CareSource.PLAYBOOK)
                .toList();
        assertEquals(
                List.of("Basic welcome note"),
                open.stream().map(CareActionView::title).toList());
        assertNull(open.get(0).owner());
        assertEquals(TenantRole.SERVICE_STAFF, open.get(0).ownerRole());
    }
}
