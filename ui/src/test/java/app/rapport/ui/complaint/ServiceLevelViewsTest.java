package app.rapport.ui.complaint;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rapport.api.client.ClientView;
import app.rapport.api.complaint.ComplaintAction;
import app.rapport.api.complaint.ComplaintStatus;
import app.rapport.api.complaint.ComplaintView;
import app.rapport.ui.platform.security.SignedInUser;
import app.rapport.ui.support.ViewTest;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Service levels as people meet them: the admin's targets and escalation ladder, a complaint's clocks and hold, the
 * bell and the inbox, and the board card's nearest deadline in the reader's language.
 */
class ServiceLevelViewsTest extends ViewTest {
    private static final SignedInUser MANAGER = user("amy", "harbour-hotel", SignedInUser.ACCOUNT_MANAGER);

    @Test
    void an_admin_sets_the_workspaces_service_levels_in_hours_and_minutes() {
        signIn(user("root", "harbour-hotel", SignedInUser.TENANT_ADMIN));
        UI.getCurrent().navigate("settings/service-levels");
        _get(com.vaadin.flow.component.checkbox.Checkbox.class, s -> s.withId("sla-first-response-measured"))
                .setValue(true);
        _get(com.vaadin.flow.component.textfield.IntegerField.class, s -> s.withId("sla-first-response-hours"))
                .setValue(2);
        _get(com.vaadin.flow.component.textfield.IntegerField.class, s -> s.withId("sla-first-response-minutes"))
                .setValue(30);
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.checkbox.CheckboxGroup<app.rapport.api.sla.HoldReason> paused = _get(
                com.vaadin.flow.component.checkbox.CheckboxGroup.class, s -> s.withId("sla-first-response-paused"));
        paused.setValue(Set.of(app.rapport.api.sla.HoldReason.WAITING_FOR_CLIENT));
        _click(_get(Button.class, s -> s.withId("sla-save")));
        var saved = sla.stored("tenant");
        assertEquals(1, saved.version());
        assertEquals(150, saved.targets().get(0).minutes());
        assertEquals(
                Set.of(app.rapport.api.sla.HoldReason.WAITING_FOR_CLIENT),
                saved.targets().get(0).pausedBy());
        assertEquals(
                "Version 1", _get(Span.class, s -> s.withId("sla-inheritance")).getText());
    }

    @Test
    void a_complaint_shows_every_milestones_state_and_deadline_and_can_be_put_on_hold() {
        ClientView c = clients.add("Lin Household", "Hangzhou");
        complaints.may = EnumSet.of(ComplaintAction.HOLD, ComplaintAction.JUDGE);
        ComplaintView k = complaints.add(c.id(), c.name(), ComplaintStatus.RECEIVED);
        signIn(MANAGER);
        UI.getCurrent().navigate("complaints/" + k.id());
        _click(_get(Button.class, s -> s.withId("complaint-hold-button")));
        assertTrue(complaints.calls.contains("hold WAITING_FOR_CLIENT"), complaints.calls.toString());
        assertEquals(
                "Waiting for the client",
                _get(Span.class, s -> s.withId("complaint-hold")).getText());
    }

    @Test
    void a_breach_waits_in_the_inbox_behind_the_bell_and_a_tap_opens_the_complaint_and_marks_it_read() {
        ClientView c = clients.add("Lin Household", "Hangzhou");
        ComplaintView k = complaints.add(c.id(), c.name(), ComplaintStatus.RECEIVED);
        inbox.add(
                app.rapport.api.inbox.NoticeKind.MILESTONE_BREACHED,
                k.id(),
                k.number(),
                java.util.Map.of("milestone", "FIRST_RESPONSE", "percent", 100));
        signIn(MANAGER);
        UI.getCurrent().navigate("complaints");
        assertEquals("1", _get(Button.class, s -> s.withId("inbox-bell")).getText());
        _click(_get(Button.class, s -> s.withId("inbox-bell")));
        assertEquals("inbox", path());
        assertEquals(
                "1 unread", _get(Paragraph.class, s -> s.withId("inbox-unread")).getText());
        var card = _get(
                com.vaadin.flow.component.html.Div.class,
                s -> s.withId("notice-" + inbox.inbox(0, 1).items().get(0).id()));
        assertTrue(
                card.getElement()
                        .getTextRecursively()
                        .contains("Complaint C-" + k.number()
                                + ": First response (verdict) is past its deadline (100 % of its time)."),
                card.getElement().getTextRecursively());
        com.vaadin.flow.component.ComponentUtil.fireEvent(card, new com.vaadin.flow.component.ClickEvent<>(card));
        assertEquals("complaints/" + k.id(), path());
        assertEquals(0, inbox.inbox(0, 1).unread());
    }

    @Test
    void the_admin_builds_a_milestones_escalation_ladder_of_up_to_four_steps() {
        signIn(user("root", "harbour-hotel", SignedInUser.TENANT_ADMIN));
        UI.getCurrent().navigate("settings/service-levels");
        _get(com.vaadin.flow.component.checkbox.Checkbox.class, s -> s.withId("sla-closed-measured"))
                .setValue(true);
        _get(com.vaadin.flow.component.textfield.IntegerField.class, s -> s.withId("sla-closed-hours"))
                .setValue(40);
        Button add = _get(Button.class, s -> s.withId("sla-closed-add-step"));
        _click(add);
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.checkbox.CheckboxGroup<app.rapport.api.sla.EscalationAction> breach = _get(
                com.vaadin.flow.component.checkbox.CheckboxGroup.class, s -> s.withId("sla-closed-step-0-actions"));
        breach.setValue(Set.of(
                app.rapport.api.sla.EscalationAction.NOTIFY_SUPERVISORS,
                app.rapport.api.sla.EscalationAction.RAISE_SEVERITY));
        _click(add);
        @SuppressWarnings("unchecked")
        Select<EscalationLadder.When> when = _get(Select.class, s -> s.withId("sla-closed-step-1-when"));
        when.setValue(EscalationLadder.When.MINUTES_BEFORE);
        _get(com.vaadin.flow.component.textfield.IntegerField.class, s -> s.withId("sla-closed-step-1-amount"))
                .setValue(30);
        _click(add);
        _click(add);
        assertFalse(add.isEnabled(), "four steps at most");
        _click(_get(Button.class, s -> s.withId("sla-closed-step-3-remove")));
        _click(_get(Button.class, s -> s.withId("sla-closed-step-2-remove")));
        assertTrue(add.isEnabled());
        _click(_get(Button.class, s -> s.withId("sla-save")));
        var t = sla.stored("tenant").targets().get(0);
        assertEquals(40 * 60, t.minutes());
        assertEquals(2, t.escalations().size());
        assertEquals(100, t.escalations().get(0).percent());
        assertEquals(
                Set.of(
                        app.rapport.api.sla.EscalationAction.NOTIFY_SUPERVISORS,
                        app.rapport.api.sla.EscalationAction.RAISE_SEVERITY),
                t.escalations().get(0).actions());
        assertEquals(30, t.escalations().get(1).minutesBefore());
        assertEquals(null, t.escalations().get(1).percent());

        UI.getCurrent().navigate("settings/service-levels");
        assertEquals(
                EscalationLadder.When.MINUTES_BEFORE,
                _get(Select.class, s -> s.withId("sla-closed-step-1-when")).getValue(),
                "the saved ladder shows as it was set");
    }

    @Test
    void a_card_shows_its_nearest_deadline_worded_in_the_readers_language() {
        ClientView c = clients.add("林家", "杭州");
        ComplaintView k = complaints.add(c.id(), c.name(), ComplaintStatus.ASSIGNED);
        complaints.clocks.put(
                k.id(),
                new app.rapport.api.complaint.CardClock(
                        app.rapport.api.sla.SlaMilestone.FIRST_RESPONSE,
                        java.time.Instant.parse("2026-12-02T01:30:00Z"),
                        app.rapport.api.sla.ClockState.BREACHED));
        signIn(MANAGER, Locale.SIMPLIFIED_CHINESE);
        UI.getCurrent().navigate("complaints");
        @SuppressWarnings("unchecked")
        Grid<app.rapport.api.complaint.ComplaintCard> cards = _get(Grid.class, s -> s.withId("complaint-cards"));
        com.vaadin.flow.component.Component card = GridKt._getCellComponent(cards, 0, "card");
        String text = card.getChildren()
                .filter(x -> x.getElement().getClassList().contains("complaint-card-clock"))
                .findFirst()
                .orElseThrow()
                .getElement()
                .getTextRecursively();
        assertTrue(text.contains("已超时"), text);
        assertTrue(text.contains("2026/12/2 09:30"), "the tenant's clock (Asia/Shanghai): " + text);
        assertTrue(text.contains("首次答复"), text);
        assertTrue(text.contains("原截止"), text);
        assertFalse(text.matches(".*[A-Za-z]{3,}.*"), "no English in the card's clock: " + text);
    }
}
