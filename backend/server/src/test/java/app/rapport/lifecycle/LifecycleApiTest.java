package app.rapport.lifecycle;

import static io.micronaut.http.HttpRequest.GET;
import static io.micronaut.http.HttpRequest.POST;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rapport.api.care.CareActionView;
import app.rapport.api.care.CareKind;
import app.rapport.api.care.CareSource;
import app.rapport.api.care.CareStatus;
import app.rapport.api.care.MyDay;
import app.rapport.api.common.PageView;
import app.rapport.api.common.ReasonCode;
import app.rapport.api.common.ServiceLevel;
import app.rapport.api.common.TenantRole;
import app.rapport.api.lifecycle.PlaybookStepView;
import app.rapport.api.lifecycle.PlaybookStepWrite;
import app.rapport.api.lifecycle.Portfolio;
import app.rapport.api.lifecycle.SignalKind;
import app.rapport.api.lifecycle.Stage;
import app.rapport.api.lifecycle.StageChangeWrite;
import app.rapport.api.lifecycle.StageMove;
import app.rapport.api.lifecycle.StageView;
import app.rapport.api.lifecycle.SuggestionDecision;
import app.rapport.api.lifecycle.SuggestionStatus;
import app.rapport.api.lifecycle.SuggestionView;
import app.rapport.api.lifecycle.TimelineEntry;
import app.rapport.api.lifecycle.TimelineKind;
import app.rapport.api.tier.TierSettingsView;
import app.rapport.support.PlaybookTenantTest;
import io.micronaut.core.type.Argument;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The lifecycle through the API: a new client starts in EXPLORATION with its playbook scheduled; signals suggest
 * DECLINE and the accepted suggestion schedules the win-back visit; a dismissed suggestion stays quiet; moving by hand
 * follows the transition policy; the timeline and the portfolio; strategies refined per tier.
 */
class LifecycleApiTest extends PlaybookTenantTest {
    @Test
    void a_client_an_account_manager_registers_is_theirs_with_its_playbook() {
        String mine = clientBy(manager, "Own Household");
        assertEquals(manager, stage(mine).owner());
        List<CareActionView> planned = actions(mine);
        assertEquals(2, planned.size());
        assertTrue(planned.stream().allMatch(a -> manager.equals(a.owner())), planned.toString());
        MyDay day = read(send(manager, GET("/api/v1/care-actions/my-day")), MyDay.class);
        assertEquals(
                List.of("Welcome call"),
                day.nextSevenDays().stream().map(CareActionView::title).toList());
    }

    @Test
    void a_new_client_starts_in_exploration_with_its_playbook_waiting_for_an_account_manager() {
        String newcomer = client("Newcomer Household");
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
    void signals_suggest_decline_and_nothing_changes_until_the_manager_accepts() {
        String lapsing = lapsing("Lapsing Household");

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
    void a_dismissed_suggestion_needs_a_reason_and_is_not_made_again() {
        String quiet = client("Quiet Household");
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
    void the_timeline_merges_every_kind_of_event_newest_first() {
        String lapsing = declined("Lapsing Household");
        classify();
        assertEquals(
                201,
                send(
                                manager,
                                POST(
                                        "/api/v1/clients/" + lapsing + "/offers",
                                        new app.rapport.api.onetoone.OfferWrite(
                                                "Win-back",
                                                "Free delivery for a month",
                                                "Stopped buying",
                                                TODAY.plusDays(14))))
                        .status());
        List<TimelineEntry> t = timeline(lapsing, "?size=200").items();
        Set<TimelineKind> kinds = t.stream().map(TimelineEntry::kind).collect(Collectors.toSet());
        assertTrue(
                kinds.containsAll(List.of(
                        TimelineKind.TOUCHPOINT,
                        TimelineKind.CARE_ACTION,
                        TimelineKind.STAGE_CHANGE,
                        TimelineKind.TIER_CHANGE,
                        TimelineKind.PURCHASE,
                        TimelineKind.OFFER)),
                kinds.toString());
        TimelineEntry offer = t.stream()
                .filter(e -> e.kind() == TimelineKind.OFFER)
                .findFirst()
                .orElseThrow();
        assertEquals("PROPOSED", offer.code());
        assertEquals("Win-back — Free delivery for a month", offer.text());
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

        // one kind, a period of the tenant's days, pages
        PageView<TimelineEntry> purchases = timeline(lapsing, "?kind=PURCHASE");
        assertEquals(4, purchases.total());
        assertTrue(purchases.items().stream().allMatch(e -> e.kind() == TimelineKind.PURCHASE));
        String from = TODAY.minusDays(130).toString();
        String to = TODAY.minusDays(100).toString();
        assertEquals(
                1,
                timeline(lapsing, "?kind=PURCHASE&from=" + from + "&to=" + to).total(),
                "bought 124 days ago");
        PageView<TimelineEntry> first = timeline(lapsing, "?size=3");
        PageView<TimelineEntry> second = timeline(lapsing, "?size=3&page=1");
        assertEquals(t.size(), first.total());
        assertEquals(t.subList(0, 3), first.items());
        assertEquals(t.subList(3, 6), second.items());
        Reply backwards = send(staff, GET("/api/v1/clients/" + lapsing + "/timeline?from=" + to + "&to=" + from));
        assertEquals(400, backwards.status(), backwards.body());
        assertTrue(backwards.body().contains("\"to\""), backwards.body());
        assertEquals(
                400,
                send(staff, GET("/api/v1/clients/" + lapsing + "/timeline?kind=GOSSIP"))
                        .status());
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private PageView<TimelineEntry> timeline(String clientId, String query) {
        Reply r = send(staff, GET("/api/v1/clients/" + clientId + "/timeline" + query));
        assertEquals(200, r.status(), r.body());
        return (PageView<TimelineEntry>) read(r, (Argument) Argument.of(PageView.class, TimelineEntry.class));
    }

    @Test
    void the_portfolio_counts_stage_by_tier_and_the_moves_of_the_last_90_days() {
        owned("Newcomer Household");
        declined("Lapsing Household");
        client("Quiet Household");
        String vip = client("Framework Household");
        read(
                send(
                        manager,
                        POST(
                                "/api/v1/clients/" + vip + "/stage-changes",
                                new StageChangeWrite(Stage.STABILITY, "signed a three-year framework contract"))),
                StageView.class);
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
    void strategies_refined_per_tier_replace_the_general_playbook_and_need_exactly_one_timing() {
        String newcomer = client("Newcomer Household");
        classify();
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
