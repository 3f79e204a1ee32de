package app.rapport.ui.platform;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import app.rapport.ui.platform.layout.MainLayout;
import app.rapport.ui.platform.security.SignedInUser;
import app.rapport.ui.support.ViewTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Every dead end renders inside the normal layout (menu and header stay) with a sentence in the user's language and
 * two ways on: a blueprint, target or client that is not there (an unknown address, which Karibu refuses to
 * navigate to, is walked in the browser by {@code UiSecurityIT}).
 */
class ErrorPagesTest extends ViewTest {
    private static final SignedInUser ADMIN = user("amy", "harbour-hotel", SignedInUser.TENANT_ADMIN);

    private static String title() {
        return _get(H2.class, s -> s.withId("error-title")).getText();
    }

    private static String text() {
        return _get(Paragraph.class, s -> s.withId("error-text")).getText();
    }

    @Test
    void records_that_are_not_there_are_said_the_same_way_for_every_kind() {
        signIn(ADMIN);
        for (String address : new String[] {
            "blueprints/" + UUID.randomUUID(), "benchmarks/" + UUID.randomUUID(), "clients/" + UUID.randomUUID()
        }) {
            navigate(address);
            assertEquals("Not found", title(), address);
            assertEquals("This record does not exist (any more), or it belongs to another workspace.", text(), address);
            assertFalse(text().contains("Exception") || text().contains("null"), address);
            _assertOne(MainLayout.class);
        }
        _click(_get(Button.class, s -> s.withId("error-home")));
        assertEquals("clients", path());
    }

    @Test
    void a_dead_end_is_said_in_chinese_too() {
        signIn(ADMIN, Locale.SIMPLIFIED_CHINESE);
        navigate("blueprints/" + UUID.randomUUID());
        assertEquals("未找到", title());
        assertEquals("返回", _get(Button.class, s -> s.withId("error-back")).getText());
        signIn(ADMIN, Locale.TRADITIONAL_CHINESE);
        navigate("benchmarks/" + UUID.randomUUID());
        assertEquals("找不到", title());
        assertEquals("回到我的首頁", _get(Button.class, s -> s.withId("error-home")).getText());
    }

    @Test
    void service_staff_start_on_their_day() {
        signIn(user("lee", "harbour-hotel", SignedInUser.SERVICE_STAFF));
        navigate("");
        assertEquals("my-day", path());
        signIn(user("mia", "harbour-hotel", SignedInUser.ACCOUNT_MANAGER));
        navigate("");
        assertEquals("clients", path());
    }
}
