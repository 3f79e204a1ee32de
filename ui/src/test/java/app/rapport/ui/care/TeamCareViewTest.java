package app.rapport.ui.care;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.junit.jupiter.api.Assertions.assertEquals;

import app.rapport.api.care.CareActionView;
import app.rapport.api.care.OwnerStats;
import app.rapport.api.common.TenantRole;
import app.rapport.ui.platform.security.SignedInUser;
import app.rapport.ui.support.InMemoryCare;
import app.rapport.ui.support.InMemoryWorkspace;
import app.rapport.ui.support.ViewTest;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The team view: rates per owner and the period; bulk reassignment for admins only. */
class TeamCareViewTest extends ViewTest {
    @Test
    void rates_show_as_percentages_and_the_period_can_change() {
        signIn(user("amy", "harbour-hotel", SignedInUser.ACCOUNT_MANAGER));
        navigate("team");
        @SuppressWarnings("unchecked")
        Grid<OwnerStats> stats = _get(Grid.class, s -> s.withId("team-stats"));
        assertEquals("Lee Staff", GridKt._getFormatted(stats, 0, "owner"));
        assertEquals("75.0 %", GridKt._getFormatted(stats, 0, "onTimeRate"));
        assertEquals("25.0 %", GridKt._getFormatted(stats, 0, "surprise"));
        assertEquals(30, care.lastTeamDays);
        @SuppressWarnings("unchecked")
        Select<Integer> period = _get(Select.class, s -> s.withId("team-period"));
        period.setValue(90);
        assertEquals(90, care.lastTeamDays);
        _assertNone(Button.class, s -> s.withId("team-reassign"));
    }

    @Test
    void an_admin_hands_selected_open_actions_to_another_member() {
        CareActionView a = InMemoryCare.action(
                "c1",
                "Welcome call",
                LocalDate.now(InMemoryWorkspace.ZONE).plusDays(2),
                "amy",
                TenantRole.ACCOUNT_MANAGER);
        CareActionView b = InMemoryCare.action(
                "c1",
                "Needs interview",
                LocalDate.now(InMemoryWorkspace.ZONE).plusDays(9),
                "amy",
                TenantRole.ACCOUNT_MANAGER);
        care.actions.add(a);
        care.actions.add(b);
        signIn(user("root", "harbour-hotel", SignedInUser.TENANT_ADMIN));
        navigate("team");
        @SuppressWarnings("unchecked")
        Select<String> owner = _get(Select.class, s -> s.withId("team-owner"));
        owner.setValue("amy");
        CareActionsGrid open = _get(CareActionsGrid.class, s -> s.withId("team-open"));
        assertEquals(2, GridKt._size(open));
        open.select(a);
        @SuppressWarnings("unchecked")
        Select<String> to = _get(Select.class, s -> s.withId("team-reassign-to"));
        to.setValue("lee");
        _click(_get(Button.class, s -> s.withId("team-reassign")));
        assertEquals("lee", care.actions.get(0).owner());
        assertEquals("amy", care.actions.get(1).owner());
        assertEquals(1, GridKt._size(open));
    }
}
