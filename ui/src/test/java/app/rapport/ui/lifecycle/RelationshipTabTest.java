package app.rapport.ui.lifecycle;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rapport.api.client.ClientView;
import app.rapport.api.lifecycle.Stage;
import app.rapport.api.lifecycle.SuggestionView;
import app.rapport.api.lifecycle.TimelineEntry;
import app.rapport.api.lifecycle.TimelineKind;
import app.rapport.ui.platform.security.SignedInUser;
import app.rapport.ui.support.InMemoryLifecycle;
import app.rapport.ui.support.ViewTest;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The client page's relationship and timeline tabs: suggestions decided, stages moved by the policy, per role. */
class RelationshipTabTest extends ViewTest {
    private static final SignedInUser MANAGER = user("amy", "harbour-hotel", SignedInUser.ACCOUNT_MANAGER);
    private static final SignedInUser STAFF = user("lee", "harbour-hotel", SignedInUser.SERVICE_STAFF);

    private ClientView open(SignedInUser user, Locale locale, String tab) {
        ClientView c = clients.add("Lin Household", "Hangzhou");
        lifecycle.stages.put(c.id(), Stage.STABILITY);
        signIn(user, locale);
        navigate("clients/" + c.id());
        _get(TabSheet.class, s -> s.withId("client-tabs")).setSelectedTab(_get(Tab.class, s -> s.withId("tab-" + tab)));
        return c;
    }

    @Test
    void a_manager_reads_the_signals_in_chinese_and_accepts_the_decline() {
        ClientView c = clients.add("Wang Household", "Suzhou");
        SuggestionView s = lifecycle.suggestDecline(c.id(), "Wang Household");
        signIn(MANAGER, Locale.SIMPLIFIED_CHINESE);
        navigate("clients/" + c.id());
        _get(TabSheet.class, x -> x.withId("client-tabs"))
                .setSelectedTab(_get(Tab.class, x -> x.withId("tab-relationship")));
        assertEquals("考察期", _get(Span.class, x -> x.withId("stage-badge")).getText());
        assertEquals(
                "94 天未购买（通常间隔 30 天）；近期评分平均 2/5 → 建议转入衰退期",
                _get(Paragraph.class, x -> x.withId("suggestion-text")).getText());
        _click(_get(Button.class, x -> x.withId("accept-" + s.id())));
        assertEquals(Stage.DECLINE, lifecycle.stages.get(c.id()));
        assertEquals("衰退期", _get(Span.class, x -> x.withId("stage-badge")).getText());
        _assertNone(Paragraph.class, x -> x.withId("suggestion-text"));
    }

    @Test
    void a_jump_over_a_stage_with_a_short_reason_is_marked_on_the_reason() {
        ClientView c = clients.add("Zhao Household", "Ningbo");
        signIn(MANAGER);
        navigate("clients/" + c.id());
        _get(TabSheet.class, x -> x.withId("client-tabs"))
                .setSelectedTab(_get(Tab.class, x -> x.withId("tab-relationship")));
        @SuppressWarnings("unchecked")
        Select<Stage> to = _get(Select.class, x -> x.withId("stage-to"));
        to.setValue(Stage.STABILITY);
        TextField reason = _get(TextField.class, x -> x.withId("stage-reason"));
        reason.setValue("big one");
        _click(_get(Button.class, x -> x.withId("stage-move")));
        assertTrue(reason.isInvalid());
        assertEquals("Skipping a stage needs a reason of at least 20 characters", reason.getErrorMessage());
        assertEquals(null, lifecycle.stages.get(c.id()));
        reason.setValue("signed a three-year framework contract");
        _click(_get(Button.class, x -> x.withId("stage-move")));
        assertEquals(Stage.STABILITY, lifecycle.stages.get(c.id()));
        @SuppressWarnings("unchecked")
        Grid<?> history = _get(Grid.class, x -> x.withId("stage-history"));
        assertEquals(1, GridKt._size(history));
    }

    @Test
    void staff_read_the_relationship_but_cannot_move_the_client() {
        open(STAFF, Locale.ENGLISH, "relationship");
        assertEquals("Stability", _get(Span.class, x -> x.withId("stage-badge")).getText());
        _assertNone(Button.class, x -> x.withId("stage-move"));
        _assertNone(Select.class, x -> x.withId("owner-select"));
    }

    @Test
    void the_timeline_names_each_event_in_the_users_language() {
        lifecycle.timeline.add(InMemoryLifecycle.entry(TimelineKind.STAGE_CHANGE, "DECLINE", "STABILITY", "lapsed"));
        lifecycle.timeline.add(InMemoryLifecycle.entry(TimelineKind.TOUCHPOINT, "VISIT", "4", "Asked for a room"));
        open(STAFF, Locale.SIMPLIFIED_CHINESE, "timeline");
        @SuppressWarnings("unchecked")
        Grid<TimelineEntry> grid = _get(Grid.class, x -> x.withId("timeline-grid"));
        assertEquals("稳定期 → 衰退期", GridKt._getFormatted(grid, 0, "headline"));
        assertEquals("拜访 · 4/5", GridKt._getFormatted(grid, 1, "headline"));
    }

    @Test
    void a_survey_and_its_call_back_are_worded_on_the_timeline_in_chinese() {
        lifecycle.timeline.add(new TimelineEntry(
                java.time.Instant.now(),
                TimelineKind.SURVEY,
                "inv-1",
                "ANSWERED",
                null,
                null,
                java.util.Map.of("csat", 2, "nps", 3),
                "After a stay",
                "amy"));
        lifecycle.timeline.add(new TimelineEntry(
                java.time.Instant.now().minusSeconds(60),
                TimelineKind.CARE_ACTION,
                "care-1",
                "SURVEY_FOLLOW_UP",
                "PLANNED",
                null,
                java.util.Map.of("surveyTitle", "NPS:3"),
                "NPS:3",
                "amy"));
        open(MANAGER, Locale.SIMPLIFIED_CHINESE, "timeline");
        @SuppressWarnings("unchecked")
        Grid<TimelineEntry> grid = _get(Grid.class, x -> x.withId("timeline-grid"));
        assertEquals("已回答 · 满意度 2/5 · 推荐 3/10", GridKt._getFormatted(grid, 0, "headline"));
        assertEquals("回访：客户的推荐意愿打分为 3/10", GridKt._getFormatted(grid, 1, "detail"));
    }

    @Test
    void the_timeline_is_filtered_by_kind_and_period_and_paged_by_the_api() {
        for (int i = 0; i < 120; i++) {
            TimelineEntry e = InMemoryLifecycle.entry(
                    i % 2 == 0 ? TimelineKind.TOUCHPOINT : TimelineKind.OFFER,
                    i % 2 == 0 ? "VISIT" : "ACCEPTED",
                    i % 2 == 0 ? "4" : null,
                    "event " + i);
            lifecycle.timeline.add(new TimelineEntry(
                    java.time.Instant.now().minus(java.time.Duration.ofDays(i)),
                    e.kind(),
                    e.refId(),
                    e.code(),
                    e.fromCode(),
                    null,
                    java.util.Map.of(),
                    e.text(),
                    "amy"));
        }
        open(MANAGER, Locale.ENGLISH, "timeline");
        @SuppressWarnings("unchecked")
        Grid<TimelineEntry> grid = _get(Grid.class, x -> x.withId("timeline-grid"));
        assertEquals(120, GridKt._size(grid));
        assertEquals("Offer · Accepted", GridKt._getFormatted(grid, 1, "headline"));
        assertEquals("Amy Account", GridKt._getFormatted(grid, 0, "actor"), "people, not logins");
        @SuppressWarnings("unchecked")
        Select<TimelineKind> kind = _get(Select.class, x -> x.withId("timeline-filter"));
        kind.setValue(TimelineKind.OFFER);
        assertEquals(60, GridKt._size(grid));
        _get(com.vaadin.flow.component.datepicker.DatePicker.class, x -> x.withId("timeline-from"))
                .setValue(app.rapport.ui.platform.i18n.TenantTime.today().minusDays(9));
        assertEquals(5, GridKt._size(grid), "offers of the last ten days");
    }
}
