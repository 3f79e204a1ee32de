package app.rapport.ui.care;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rapport.api.care.CareActionView;
import app.rapport.api.care.CareStatus;
import app.rapport.api.common.ServiceLevel;
import app.rapport.api.common.TenantRole;
import app.rapport.api.tier.TierDefinition;
import app.rapport.ui.platform.security.SignedInUser;
import app.rapport.ui.support.InMemoryCare;
import app.rapport.ui.support.InMemoryTiers;
import app.rapport.ui.support.InMemoryWorkspace;
import app.rapport.ui.support.ViewTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** "My day": the three sections, closing one's own work with the service level delivered, nothing offered that would be refused. */
class MyDayViewTest extends ViewTest {
    private static final SignedInUser STAFF = user("lee", "harbour-hotel", SignedInUser.SERVICE_STAFF);

    private CareActionView mine;
    private CareActionView managers;

    private void planned() {
        mine = InMemoryCare.action(
                "c1", "Send the schedule", LocalDate.now(InMemoryWorkspace.ZONE), "lee", TenantRole.SERVICE_STAFF);
        managers = InMemoryCare.action(
                "c1",
                "Welcome call",
                LocalDate.now(InMemoryWorkspace.ZONE).minusDays(2),
                "amy",
                TenantRole.ACCOUNT_MANAGER);
        care.actions.add(mine);
        care.actions.add(managers);
        care.actions.add(InMemoryCare.action(
                "c1",
                "Needs interview",
                LocalDate.now(InMemoryWorkspace.ZONE).plusDays(5),
                null,
                TenantRole.SERVICE_STAFF));
    }

    @Test
    void overdue_today_and_next_seven_days_each_have_their_section() {
        planned();
        signIn(STAFF);
        navigate("my-day");
        assertEquals(
                "Overdue (1)", _get(H3.class, s -> s.withText("Overdue (1)")).getText());
        assertEquals(1, section("my-today").cards().size());
        assertEquals("Call · Needs interview", what("my-next", 0));
        assertTrue(when("my-next", 0).endsWith(" · in 5 days"), when("my-next", 0));
        assertEquals(1, section("my-overdue").cards().size());
        assertTrue(when("my-overdue", 0).endsWith(" · 2 days ago"), when("my-overdue", 0));
    }

    @Test
    void staff_complete_their_own_action_with_a_surprise_and_are_not_offered_the_managers() {
        planned();
        signIn(STAFF);
        navigate("my-day");
        _assertNone(section("my-overdue"), Button.class, s -> s.withId("complete-" + managers.id()));
        Button done = _get(section("my-today"), Button.class, s -> s.withId("complete-" + mine.id()));
        assertTrue(Integer.parseInt(done.getMinHeight().replace("px", "")) >= 44, "a thumb hits it");
        _click(done);
        _click(_get(Button.class, s -> s.withId("close-confirm")));
        assertTrue(_get(TextArea.class, s -> s.withId("close-text")).isInvalid(), "an outcome is required");
        assertEquals(CareStatus.PLANNED, care.actions.get(0).status());
        _get(TextArea.class, s -> s.withId("close-text")).setValue("Sent with a handwritten note");
        @SuppressWarnings("unchecked")
        RadioButtonGroup<ServiceLevel> level = _get(RadioButtonGroup.class, s -> s.withId("close-level"));
        level.setValue(ServiceLevel.SURPRISE);
        _click(_get(Button.class, s -> s.withId("close-confirm")));
        assertEquals(CareStatus.DONE, care.actions.get(0).status());
        assertEquals(ServiceLevel.SURPRISE, care.actions.get(0).deliveredLevel());
        assertEquals(0, section("my-today").cards().size());
    }

    @Test
    void the_day_reads_in_chinese() {
        planned();
        signIn(STAFF, Locale.SIMPLIFIED_CHINESE);
        navigate("my-day");
        _get(H3.class, s -> s.withText("已逾期（1）"));
        _get(H3.class, s -> s.withText("今天到期（1）"));
        assertEquals("电话 · Send the schedule", what("my-today", 0));
        assertTrue(when("my-today", 0).endsWith(" · 今天"), when("my-today", 0));
    }

    @Test
    void a_cadence_check_in_is_named_after_the_tier_in_the_readers_language() {
        TierDefinition key = InMemoryTiers.tier("Key", 1, "20000", "#1a7f5a");
        tiers.define(key);
        care.actions.add(InMemoryCare.cadence(
                "c1", tiers.settings().body().tiers().get(0).id(), "Key", LocalDate.now(InMemoryWorkspace.ZONE)));
        signIn(STAFF, Locale.SIMPLIFIED_CHINESE);
        navigate("my-day");
        assertEquals("例行回访 · Key客户定期回访", what("my-today", 0)); // the fake tier is called "Key客户" in 简体
    }

    private static CareActionCards section(String id) {
        return _get(CareActionCards.class, s -> s.withId(id));
    }

    private static String what(String section, int card) {
        return _get(section(section).cards().get(card), Span.class, s -> s.withClasses("care-what"))
                .getText();
    }

    private static String when(String section, int card) {
        return _get(section(section).cards().get(card), Span.class, s -> s.withClasses("care-when"))
                .getText();
    }
}
