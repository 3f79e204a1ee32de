package app.rapport.ui.tier;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rapport.ui.platform.security.SignedInUser;
import app.rapport.ui.support.InMemoryTiers;
import app.rapport.ui.support.ViewTest;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class TierSetupViewTest extends ViewTest {
    private static final SignedInUser ADMIN = user("harbour.admin", "harbour-hotel", SignedInUser.TENANT_ADMIN);

    private TierEditor row(int i) {
        return _get(TierEditor.class, s -> s.withId("tier-row-" + i));
    }

    @Test
    void an_admin_defines_two_tiers_in_order_and_saves_them() {
        signIn(ADMIN);
        navigate("tiers/settings");
        _click(_get(Button.class, s -> s.withId("tier-add")));
        _click(_get(Button.class, s -> s.withId("tier-add")));
        fill(row(0), "Key", "20000");
        fill(row(1), "Basic", "0");
        _click(_get(Button.class, s -> s.withId("tier-save")));
        NotificationsKt.expectNotifications("Tier settings saved. Run a classification to apply them.");
        assertEquals(2, tiers.settings().body().tiers().size());
        assertEquals("Key", tiers.settings().body().tiers().get(0).nameEn());
        assertEquals(1, tiers.settings().body().tiers().get(0).rank());
        assertEquals(
                0,
                new BigDecimal("20000")
                        .compareTo(tiers.settings().body().tiers().get(0).minValue()));
    }

    @Test
    void an_unreachable_threshold_is_marked_on_its_field() {
        tiers.define(InMemoryTiers.tier("Key", 1, "20000", "#1a7f5a"), InMemoryTiers.tier("Basic", 2, "0", "#9aa5b1"));
        signIn(ADMIN);
        navigate("tiers/settings");
        row(1).parameter.setValue(new BigDecimal("30000"));
        _click(_get(Button.class, s -> s.withId("tier-save")));
        assertTrue(row(1).parameter.isInvalid());
        assertEquals(
                "Must be below the value of the tier ranked above it.",
                row(1).parameter.getErrorMessage());
        assertEquals(
                0,
                new BigDecimal("0")
                        .compareTo(tiers.settings().body().tiers().get(1).minValue()),
                "nothing was saved");
    }

    @Test
    void managers_cannot_open_the_tier_settings() {
        signIn(user("harbour.manager", "harbour-hotel", SignedInUser.ACCOUNT_MANAGER));
        navigate("tiers/settings");
        assertTrue(_find(TierEditor.class).isEmpty());
        _get(com.vaadin.flow.component.html.H2.class, s -> s.withText("Not available"));
    }

    private static void fill(TierEditor e, String name, String min) {
        e.nameEn.setValue(name);
        e.nameZhCn.setValue(name + "客户");
        e.nameZhTw.setValue(name + "客戶");
        e.parameter.setValue(new BigDecimal(min));
        assertEquals(TextField.class, e.nameEn.getClass());
        assertEquals(BigDecimalField.class, e.parameter.getClass());
    }
}
