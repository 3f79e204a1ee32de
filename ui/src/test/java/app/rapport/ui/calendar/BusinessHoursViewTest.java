package app.rapport.ui.calendar;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rapport.api.calendar.CalendarView;
import app.rapport.api.calendar.OpeningSlot;
import app.rapport.api.tier.TierDefinition;
import app.rapport.ui.platform.layout.ForbiddenView;
import app.rapport.ui.platform.security.SignedInUser;
import app.rapport.ui.support.InMemoryTiers;
import app.rapport.ui.support.ViewTest;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class BusinessHoursViewTest extends ViewTest {
    private static final SignedInUser ADMIN = user("harbour.admin", "harbour-hotel", SignedInUser.TENANT_ADMIN);

    private static TimePicker time(String id) {
        return _get(TimePicker.class, s -> s.withId(id));
    }

    @Test
    void an_admin_sets_office_hours_with_a_lunch_break_and_a_holiday() {
        signIn(ADMIN);
        navigate("settings/business-hours");
        assertEquals(LocalTime.MIDNIGHT, time("calendar-monday-0-from").getValue(), "round the clock until set");
        // Monday: 09:00–12:00 and 13:30–18:00; Sunday closed
        time("calendar-monday-0-from").setValue(LocalTime.of(9, 0));
        time("calendar-monday-0-to").setValue(LocalTime.of(12, 0));
        _click(_get(Button.class, s -> s.withId("calendar-monday-add")));
        time("calendar-monday-1-from").setValue(LocalTime.of(13, 30));
        time("calendar-monday-1-to").setValue(LocalTime.of(18, 0));
        // a holiday
        _get(DatePicker.class, s -> s.withId("calendar-day-date")).setValue(LocalDate.of(2026, 10, 1));
        _get(TextField.class, s -> s.withId("calendar-day-name")).setValue("National Day");
        _click(_get(Button.class, s -> s.withId("calendar-day-add")));
        @SuppressWarnings("unchecked")
        Grid<app.rapport.api.calendar.CalendarDay> days = _get(Grid.class, s -> s.withId("calendar-days"));
        assertEquals("Closed all day", GridKt._getFormatted(days, 0, "hours"));
        _click(_get(Button.class, s -> s.withId("calendar-save")));

        CalendarView saved = calendars.stored("tenant");
        assertEquals(
                List.of(
                        new OpeningSlot(LocalTime.of(9, 0), LocalTime.of(12, 0)),
                        new OpeningSlot(LocalTime.of(13, 30), LocalTime.of(18, 0))),
                saved.week().get(DayOfWeek.MONDAY));
        assertEquals("National Day", saved.days().get(0).name());
        assertEquals(1, saved.version());
    }

    @Test
    void a_backwards_slot_is_marked_where_it_is_and_a_stale_save_offers_to_reload() {
        signIn(ADMIN);
        navigate("settings/business-hours");
        time("calendar-tuesday-0-from").setValue(LocalTime.of(18, 0));
        time("calendar-tuesday-0-to").setValue(LocalTime.of(9, 0));
        _click(_get(Button.class, s -> s.withId("calendar-save")));
        assertTrue(time("calendar-tuesday-0-to").isInvalid());
        time("calendar-tuesday-0-to").setValue(LocalTime.MIDNIGHT);
        calendars.savedElsewhere();
        _click(_get(Button.class, s -> s.withId("calendar-save")));
        _get(Dialog.class, s -> s.withId("conflict-dialog"));
        assertEquals(1, calendars.stored("tenant").version(), "nothing was overwritten");
    }

    @Test
    void a_tier_inherits_the_workspace_hours_until_it_gets_its_own() {
        TierDefinition gold = InMemoryTiers.tier("Gold", 1, "10000", "#c9a227");
        tiers.define(gold);
        signIn(ADMIN);
        navigate("settings/business-hours");
        @SuppressWarnings("unchecked")
        Select<String> scope = _get(Select.class, s -> s.withId("calendar-scope"));
        scope.setValue(gold.id());
        assertEquals(
                "Uses the workspace's hours.",
                _get(com.vaadin.flow.component.html.Span.class, s -> s.withId("calendar-inheritance"))
                        .getText());
        com.github.mvysny.kaributesting.v10.LocatorJ._assertNone(Button.class, s -> s.withId("calendar-save"));
        _click(_get(Button.class, s -> s.withId("calendar-own")));
        _click(_get(Button.class, s -> s.withId("calendar-save")));
        assertFalse(calendars.stored(gold.id()).inherited());
        _click(_get(Button.class, s -> s.withId("calendar-back")));
        com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm(
                _get(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class));
        assertTrue(calendars.calls.contains("remove " + gold.id()));
    }

    @Test
    void the_page_speaks_chinese_and_is_for_admins() {
        signIn(ADMIN, Locale.TRADITIONAL_CHINESE);
        navigate("settings/business-hours");
        assertEquals("營業時間", _get(H2.class).getText());
        assertEquals(
                "全天休息",
                _get(Checkbox.class, s -> s.withId("calendar-day-closed")).getLabel());
        signIn(user("harbour.manager", "harbour-hotel", SignedInUser.ACCOUNT_MANAGER));
        navigate("settings/business-hours");
        _get(ForbiddenView.class);
    }
}
