package app.rapport.ui.complaint;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rapport.api.client.ClientView;
import app.rapport.api.complaint.ComplaintAction;
import app.rapport.api.complaint.ComplaintQueue;
import app.rapport.api.complaint.ComplaintStatus;
import app.rapport.api.complaint.ComplaintView;
import app.rapport.api.complaint.RecoveryItem;
import app.rapport.ui.platform.security.SignedInUser;
import app.rapport.ui.support.ViewTest;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The complaint screens: recording one on a phone (from a touchpoint too), the board of a role's queue, a complaint's
 * page showing only the steps the server allows, the recovery checklist, and no English on a Chinese page.
 */
class ComplaintViewsTest extends ViewTest {
    private static final SignedInUser STAFF = user("lee", "harbour-hotel", SignedInUser.SERVICE_STAFF);
    private static final SignedInUser MANAGER = user("amy", "harbour-hotel", SignedInUser.ACCOUNT_MANAGER);

    @Test
    void staff_record_a_complaint_with_the_client_severity_and_what_happened_and_land_on_its_page() {
        ClientView c = clients.add("Lin Household", "Hangzhou");
        signIn(STAFF);
        UI.getCurrent().navigate("complaints/new", QueryParameters.of("client", c.id()));
        _click(_get(Button.class, s -> s.withId("complaint-save")));
        assertTrue(_get(TextArea.class, s -> s.withId("complaint-what")).isInvalid(), "what happened is required");
        assertEquals(0, complaints.calls.size());
        _get(TextArea.class, s -> s.withId("complaint-what")).setValue("Nobody answered the room phone at night");
        _click(_get(Button.class, s -> s.withId("complaint-save")));
        ComplaintView saved = complaints.only();
        assertEquals(c.id(), saved.clientId());
        assertEquals("complaints/" + saved.id(), path());
        assertTrue(
                _get(Paragraph.class, s -> s.withId("complaint-acknowledge"))
                        .getText()
                        .contains("C-" + saved.number()),
                "the client is told it was received, with its reference");
        assertTrue(Integer.parseInt(_get(Button.class, s -> s.withId("complaint-judge"))
                        .getMinHeight()
                        .replace("px", ""))
                >= 44);
    }

    @Test
    void a_complaint_opened_from_a_touchpoint_starts_with_what_the_touchpoint_said() {
        ClientView c = clients.add("Lin Household", "Hangzhou");
        signIn(STAFF);
        var t = care.log(new app.rapport.api.care.TouchpointWrite(
                        c.id(),
                        app.rapport.api.common.Channel.VISIT,
                        "Breakfast was cold again",
                        null,
                        null,
                        1,
                        null,
                        null,
                        null,
                        null,
                        null))
                .body();
        UI.getCurrent()
                .navigate(
                        "complaints/new",
                        QueryParameters.simple(java.util.Map.of("client", c.id(), "touchpoint", t.id())));
        assertEquals(
                "Breakfast was cold again",
                _get(TextArea.class, s -> s.withId("complaint-what")).getValue());
        _click(_get(Button.class, s -> s.withId("complaint-save")));
        assertEquals(t.id(), complaints.only().touchpointId());
    }

    @Test
    void the_board_opens_on_staffs_own_complaints_and_a_card_opens_the_complaint() {
        ClientView c = clients.add("Lin Household", "Hangzhou");
        ComplaintView k = complaints.add(c.id(), c.name(), ComplaintStatus.ASSIGNED);
        signIn(STAFF);
        UI.getCurrent().navigate("complaints");
        @SuppressWarnings("unchecked")
        Select<ComplaintQueue> queue = _get(Select.class, s -> s.withId("complaint-queue"));
        assertEquals(ComplaintQueue.MINE, queue.getValue());
        @SuppressWarnings("unchecked")
        Grid<app.rapport.api.complaint.ComplaintCard> cards = _get(Grid.class, s -> s.withId("complaint-cards"));
        assertEquals(1, GridKt._size(cards));
        assertTrue(complaints.calls.contains("complaints MINE"), complaints.calls.toString());
        GridKt._clickItem(cards, 0);
        assertEquals("complaints/" + k.id(), path());
    }

    @Test
    void a_complaint_shows_only_the_steps_the_server_allows_the_reader() {
        ClientView c = clients.add("Lin Household", "Hangzhou");
        complaints.may = Set.of();
        ComplaintView k = complaints.add(c.id(), c.name(), ComplaintStatus.RECEIVED);
        signIn(STAFF);
        UI.getCurrent().navigate("complaints/" + k.id());
        _assertNone(VerticalLayout.class, s -> s.withId("complaint-form-judge"));
        complaints.may = EnumSet.of(ComplaintAction.JUDGE);
        k = complaints.add(c.id(), c.name(), ComplaintStatus.RECEIVED);
        signIn(MANAGER);
        UI.getCurrent().navigate("complaints/" + k.id());
        _get(VerticalLayout.class, s -> s.withId("complaint-form-judge"));
        _assertNone(VerticalLayout.class, s -> s.withId("complaint-form-propose"));
        _click(_get(Button.class, s -> s.withId("complaint-judge")));
        assertTrue(
                _get(TextArea.class, s -> s.withId("complaint-verdict-reason")).isInvalid(), "the reason is required");
        _get(TextArea.class, s -> s.withId("complaint-verdict-reason")).setValue("We promised a quiet room");
        _click(_get(Button.class, s -> s.withId("complaint-judge")));
        assertEquals(ComplaintStatus.UPHELD, complaints.stored(k.id()).status());
        assertEquals(
                "UPHELD",
                _get(Span.class, s -> s.withText("Upheld")).getElement().getAttribute("data-status"));
    }

    @Test
    void the_recovery_checklist_is_ticked_item_by_item_and_the_recovery_is_done_only_when_nothing_is_open() {
        ClientView c = clients.add("Lin Household", "Hangzhou");
        complaints.may = EnumSet.of(
                ComplaintAction.RECOVER,
                ComplaintAction.NOTIFY,
                ComplaintAction.FEEDBACK,
                ComplaintAction.ACCOUNT,
                ComplaintAction.RESOLVE);
        ComplaintView k = complaints.add(c.id(), c.name(), ComplaintStatus.IN_RECOVERY);
        signIn(STAFF);
        UI.getCurrent().navigate("complaints/" + k.id());
        assertFalse(_get(Button.class, s -> s.withId("complaint-resolve")).isEnabled());
        _click(_get(Button.class, s -> s.withId("recovery-compensation-waive")));
        assertTrue(
                _get(TextField.class, s -> s.withId("recovery-compensation-note"))
                        .isInvalid(),
                "say why it does not apply");
        _get(TextField.class, s -> s.withId("recovery-compensation-note")).setValue("The guest declined any");
        _click(_get(Button.class, s -> s.withId("recovery-compensation-waive")));
        for (String item : List.of("apology", "urgent-remedy", "empathy", "follow-up")) {
            _click(_get(Button.class, s -> s.withId("recovery-" + item + "-done")));
        }
        assertTrue(
                complaints.calls.contains("recover " + RecoveryItem.COMPENSATION + " waived"),
                complaints.calls.toString());
        _get(TextField.class, s -> s.withId("complaint-responsible")).setValue("Night desk");
        _get(TextArea.class, s -> s.withId("complaint-consequence")).setValue("A second phone at night");
        _click(_get(Button.class, s -> s.withId("complaint-account")));
        _get(TextArea.class, s -> s.withId("complaint-notice")).setValue("Called the guest");
        _click(_get(Button.class, s -> s.withId("complaint-notify")));
        assertTrue(_get(Paragraph.class, s -> s.withId("complaint-still-open"))
                .getText()
                .contains("client's feedback"));
        _click(_get(Button.class, s -> s.withId("complaint-give-feedback")));
        assertTrue(_get(Button.class, s -> s.withId("complaint-resolve")).isEnabled());
        _click(_get(Button.class, s -> s.withId("complaint-resolve")));
        assertEquals(ComplaintStatus.RESOLVED, complaints.stored(k.id()).status());
    }

    @Test
    void the_causes_are_counted_for_the_chosen_period_and_worded_in_the_readers_language() {
        complaints.statistics = new app.rapport.api.complaint.ComplaintStatistics(
                app.rapport.api.complaint.ComplaintDimension.CAUSE,
                null,
                null,
                5,
                List.of(
                        new app.rapport.api.complaint.ComplaintStatistics.Row(
                                "STAFF_MISTAKE", null, null, 4, 3, 1, 2, 0, 3),
                        new app.rapport.api.complaint.ComplaintStatistics.Row(null, null, null, 1, 0, 1, 0, 0)),
                3);
        signIn(MANAGER, Locale.SIMPLIFIED_CHINESE);
        UI.getCurrent().navigate("complaints/causes");
        @SuppressWarnings("unchecked")
        Grid<app.rapport.api.complaint.ComplaintStatistics.Row> grid = _get(Grid.class, s -> s.withId("causes-grid"));
        assertEquals("服务人员失误", GridKt._getFormatted(grid, 0, "value"));
        assertEquals("尚未分析", GridKt._getFormatted(grid, 1, "value"));
        assertEquals(
                "本期受理投诉 5 件",
                _get(Paragraph.class, s -> s.withId("causes-total")).getText());
        assertEquals("3", GridKt._getFormatted(grid, 0, "surveyReasons"), "heard in low survey answers");
        assertEquals(
                "低分调查答卷给出了 3 个原因（这些客户未必会投诉）。",
                _get(Paragraph.class, s -> s.withId("causes-heard")).getText());
        assertTrue(
                complaints.calls.stream().anyMatch(c -> c.startsWith("statistics CAUSE")), complaints.calls.toString());
        _get(com.vaadin.flow.component.datepicker.DatePicker.class, s -> s.withId("causes-from"))
                .setValue(java.time.LocalDate.now().plusDays(3));
        assertTrue(_get(com.vaadin.flow.component.datepicker.DatePicker.class, s -> s.withId("causes-to"))
                .isInvalid());
    }

    @Test
    void staff_do_not_see_the_causes() {
        signIn(STAFF);
        UI.getCurrent().navigate("complaints/causes");
        _get(app.rapport.ui.platform.layout.ForbiddenView.class);
    }

    @Test
    void a_chinese_reader_sees_the_complaint_in_chinese() {
        ClientView c = clients.add("林家", "杭州");
        ComplaintView k = complaints.add(c.id(), c.name(), ComplaintStatus.REMEDY_PROPOSED);
        complaints.may = EnumSet.of(ComplaintAction.DECIDE);
        signIn(MANAGER, Locale.SIMPLIFIED_CHINESE);
        UI.getCurrent().navigate("complaints/" + k.id());
        assertEquals(
                "第 6 步（共 8 步）：主管批准方案",
                _get(Span.class, s -> s.withId("complaint-step-now")).getText());
        assertEquals(
                "批准", _get(Button.class, s -> s.withId("complaint-approve")).getText());
        _get(Span.class, s -> s.withText("方案待批准"));
    }
}
