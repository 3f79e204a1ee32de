package app.rapport.ui.tier;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rapport.api.tier.TierDefinition;
import app.rapport.api.tier.TierDistribution;
import app.rapport.ui.platform.security.SignedInUser;
import app.rapport.ui.support.InMemoryTiers;
import app.rapport.ui.support.ViewTest;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class TiersViewTest extends ViewTest {
    private static final SignedInUser ADMIN = user("harbour.admin", "harbour-hotel", SignedInUser.TENANT_ADMIN);
    private static final SignedInUser STAFF = user("harbour.staff", "harbour-hotel", SignedInUser.SERVICE_STAFF);

    private TierDefinition[] twoTiers() {
        TierDefinition key = InMemoryTiers.tier("Key", 1, "20000", "#1a7f5a");
        TierDefinition basic = InMemoryTiers.tier("Basic", 2, "0", "#9aa5b1");
        tiers.define(key, basic);
        tiers.place("c1", key, "revenue 25000.00 meets the Key threshold 20000.00");
        tiers.place("c2", basic, "below");
        return new TierDefinition[] {key, basic};
    }

    @Test
    void the_distribution_is_drawn_as_svg_with_the_tier_names_of_the_users_language() {
        twoTiers();
        signIn(STAFF, Locale.SIMPLIFIED_CHINESE);
        navigate("tiers");
        String svg = _get(Html.class, s -> s.withId("tier-chart")).getInnerHtml();
        assertTrue(svg.contains("<svg"), svg.substring(0, 40));
        assertTrue(svg.contains("Key客户"), "the chart names tiers in Chinese");
        @SuppressWarnings("unchecked")
        Grid<TierDistribution.Row> grid = _get(Grid.class, s -> s.withId("tier-distribution"));
        assertEquals(2, GridKt._size(grid));
    }

    @Test
    void staff_see_tiers_but_cannot_classify_nor_other_clients_revenue_and_margin() {
        twoTiers();
        signIn(STAFF);
        navigate("tiers");
        _assertNone(Button.class, s -> s.withId("tiers-classify"));
        _assertNone(com.vaadin.flow.component.grid.Grid.class, s -> s.withId("tier-ranking"));
    }

    @Test
    void an_admin_classifies_and_is_told_what_changed() {
        twoTiers();
        signIn(ADMIN);
        navigate("tiers");
        assertEquals(
                "Clients have not been classified yet.",
                _get(Paragraph.class, s -> s.withId("tiers-last-run")).getText());
        _click(_get(Button.class, s -> s.withId("tiers-classify")));
        assertEquals(1, tiers.classifications);
        NotificationsKt.expectNotifications("2 clients classified, 1 changed tier, 0 pinned left alone (12 ms).");
        assertTrue(_get(Paragraph.class, s -> s.withId("tiers-last-run"))
                .getText()
                .startsWith("Last classified by Thresholds"));
    }

    @Test
    void without_tiers_the_page_says_how_to_get_them() {
        signIn(ADMIN);
        navigate("tiers");
        assertTrue(_get(
                        Paragraph.class,
                        s -> s.withText("No tiers are defined yet. A tenant admin defines them under Tier settings."))
                .isVisible());
    }
}
