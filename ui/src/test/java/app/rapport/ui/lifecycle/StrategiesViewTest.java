package app.rapport.ui.lifecycle;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rapport.api.care.CareKind;
import app.rapport.api.common.ServiceLevel;
import app.rapport.api.common.TenantRole;
import app.rapport.api.lifecycle.PlaybookStepView;
import app.rapport.api.lifecycle.PlaybookStepWrite;
import app.rapport.api.lifecycle.Stage;
import app.rapport.ui.platform.security.SignedInUser;
import app.rapport.ui.support.ViewTest;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Strategies: admins write playbook steps, managers read them. */
class StrategiesViewTest extends ViewTest {
    @Test
    void an_admin_adds_a_step_and_a_missing_title_is_marked() {
        signIn(user("root", "harbour-hotel", SignedInUser.TENANT_ADMIN));
        navigate("strategies");
        _click(_get(Button.class, s -> s.withId("playbook-add")));
        _click(_get(Button.class, s -> s.withId("step-save")));
        assertTrue(_get(TextField.class, s -> s.withId("step-title")).isInvalid());
        _get(TextField.class, s -> s.withId("step-title")).setValue("Welcome call");
        _get(IntegerField.class, s -> s.withId("step-days")).setValue(2);
        _click(_get(Button.class, s -> s.withId("step-save")));
        assertEquals(1, lifecycle.playbook.size());
        assertEquals(Stage.EXPLORATION, lifecycle.playbook.get(0).stage());
        assertEquals(2, lifecycle.playbook.get(0).offsetDays());
        @SuppressWarnings("unchecked")
        Grid<PlaybookStepView> grid = _get(Grid.class, s -> s.withId("playbook-grid"));
        assertEquals("within 2 days", GridKt._getFormatted(grid, 0, "when"));
    }

    @Test
    void managers_read_the_strategies_in_chinese_without_editing() {
        lifecycle.addStep(new PlaybookStepWrite(
                Stage.DECLINE,
                null,
                CareKind.VISIT,
                "挽回拜访",
                null,
                30,
                ServiceLevel.SURPRISE,
                TenantRole.ACCOUNT_MANAGER,
                null,
                0,
                null,
                null));
        signIn(user("amy", "harbour-hotel", SignedInUser.ACCOUNT_MANAGER), Locale.SIMPLIFIED_CHINESE);
        navigate("strategies");
        @SuppressWarnings("unchecked")
        Grid<PlaybookStepView> grid = _get(Grid.class, s -> s.withId("playbook-grid"));
        assertEquals("衰退期", GridKt._getFormatted(grid, 0, "stage"));
        assertEquals("所有等级", GridKt._getFormatted(grid, 0, "tier"));
        assertEquals("每 30 天", GridKt._getFormatted(grid, 0, "when"));
        _assertNone(Button.class, s -> s.withId("playbook-add"));
    }
}
