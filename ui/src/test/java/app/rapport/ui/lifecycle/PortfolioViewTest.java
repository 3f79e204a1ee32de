package app.rapport.ui.lifecycle;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rapport.api.lifecycle.Stage;
import app.rapport.api.lifecycle.SuggestionView;
import app.rapport.ui.platform.security.SignedInUser;
import app.rapport.ui.support.ViewTest;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The portfolio: whose it starts with, the charts drawn on the server, and the suggestions inbox. */
class PortfolioViewTest extends ViewTest {
    @Test
    void a_manager_starts_with_their_own_portfolio_an_admin_with_everyone() {
        signIn(user("amy", "harbour-hotel", SignedInUser.ACCOUNT_MANAGER));
        navigate("portfolio");
        assertEquals("amy", lifecycle.portfolioOwners.get(0));
        assertEquals(
                "5 clients · revenue CN¥12,500.00",
                _get(Paragraph.class, s -> s.withId("portfolio-totals")).getText());
        String svg = _get(Html.class, s -> s.withId("portfolio-chart")).getInnerHtml();
        assertTrue(svg.contains("<svg") || svg.contains("svg"), "the chart is an inline SVG");
        assertTrue(_get(Html.class, s -> s.withId("moves-chart")).getInnerHtml().contains("Exploration → Formation"));
        @SuppressWarnings("unchecked")
        Select<String> owner = _get(Select.class, s -> s.withId("portfolio-owner"));
        owner.setValue(PortfolioView.EVERYONE);
        assertEquals("*", lifecycle.portfolioOwners.get(1));
    }

    @Test
    void an_admin_sees_everyone_and_dismisses_a_suggestion_with_a_reason() {
        SuggestionView s = lifecycle.suggestDecline("c9", "Wang Household");
        signIn(user("root", "harbour-hotel", SignedInUser.TENANT_ADMIN), Locale.SIMPLIFIED_CHINESE);
        navigate("portfolio");
        assertEquals("*", lifecycle.portfolioOwners.get(0));
        @SuppressWarnings("unchecked")
        Grid<SuggestionView> grid = _get(Grid.class, x -> x.withId("suggestions-grid"));
        assertEquals("考察期 → 衰退期", GridKt._getFormatted(grid, 0, "change"));
        _click((Button) GridKt._getCellComponent(grid, 0, "decide")
                .getChildren()
                .filter(b -> ("dismiss-" + s.id()).equals(b.getId().orElse("")))
                .findFirst()
                .orElseThrow());
        _click(_get(Button.class, x -> x.withId("dismiss-confirm")));
        assertTrue(_get(TextArea.class, x -> x.withId("dismiss-reason")).isInvalid());
        _get(TextArea.class, x -> x.withId("dismiss-reason")).setValue("Buys at the year end only");
        _click(_get(Button.class, x -> x.withId("dismiss-confirm")));
        assertEquals(0, GridKt._size(grid));
        assertEquals(Stage.EXPLORATION, lifecycle.stages.getOrDefault("c9", Stage.EXPLORATION));
        _click(_get(Button.class, x -> x.withId("compute-signals")));
        assertEquals(1, lifecycle.computations);
    }
}
