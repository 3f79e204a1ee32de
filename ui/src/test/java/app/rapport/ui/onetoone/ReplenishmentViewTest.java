package app.rapport.ui.onetoone;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.junit.jupiter.api.Assertions.assertEquals;

import app.rapport.api.onetoone.RateMethod;
import app.rapport.api.onetoone.ReplenishmentItem;
import app.rapport.ui.platform.security.SignedInUser;
import app.rapport.ui.support.InMemoryWorkspace;
import app.rapport.ui.support.ViewTest;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.IntegerField;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ReplenishmentViewTest extends ViewTest {
    private static ReplenishmentItem due(String client, int days) {
        return new ReplenishmentItem(
                "id-" + client,
                client,
                "rice",
                "Rice",
                "kg",
                LocalDate.now(InMemoryWorkspace.ZONE).plusDays(days),
                days,
                new BigDecimal("0.3333"),
                RateMethod.LEARNED,
                LocalDate.now(InMemoryWorkspace.ZONE).minusDays(27));
    }

    @Test
    void the_list_uses_the_tenants_horizon_until_the_user_chooses_another() {
        records.replenishment.add(due("Wang Household", 3));
        records.replenishment.add(due("Li Household", 12));
        signIn(user("harbour.staff", "harbour-hotel", SignedInUser.SERVICE_STAFF));
        navigate("replenishment");
        @SuppressWarnings("unchecked")
        Grid<ReplenishmentItem> grid = _get(Grid.class, s -> s.withId("replenishment-grid"));
        assertEquals(null, records.lastWithinDays);
        assertEquals(1, GridKt._size(grid));
        _get(IntegerField.class, s -> s.withId("replenishment-within")).setValue(14);
        assertEquals(2, GridKt._size(grid));
    }

    @Test
    void days_left_read_in_chinese() {
        records.replenishment.add(due("王家", 3));
        signIn(user("harbour.staff", "harbour-hotel", SignedInUser.SERVICE_STAFF), Locale.SIMPLIFIED_CHINESE);
        navigate("replenishment");
        @SuppressWarnings("unchecked")
        Grid<ReplenishmentItem> grid = _get(Grid.class, s -> s.withId("replenishment-grid"));
        assertEquals("3 天后", GridKt._getFormatted(grid, 0, "left"));
    }
}
