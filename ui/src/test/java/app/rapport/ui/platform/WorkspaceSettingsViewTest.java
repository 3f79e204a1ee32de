package app.rapport.ui.platform;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rapport.api.workspace.WorkspaceApi;
import app.rapport.ui.platform.i18n.TenantTime;
import app.rapport.ui.platform.layout.ForbiddenView;
import app.rapport.ui.platform.security.SignedInUser;
import app.rapport.ui.support.ViewTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The tenant admin sets the workspace's clock, money and language; the UI's today follows at once. */
class WorkspaceSettingsViewTest extends ViewTest {

    @Test
    @SuppressWarnings("unchecked")
    void an_admin_moves_the_workspace_to_another_time_zone_and_the_uis_today_follows() {
        signIn(user("harbour.admin", "harbour-hotel", SignedInUser.TENANT_ADMIN), Locale.SIMPLIFIED_CHINESE);
        navigate("settings/workspace");
        ComboBox<String> zone = _get(ComboBox.class, s -> s.withId("workspace-zone"));
        assertEquals("Asia/Shanghai", zone.getValue());
        assertTrue(_get(Paragraph.class, s -> s.withId("workspace-clock"))
                .getText()
                .startsWith("工作区当前时间"));
        zone.setValue("Pacific/Kiritimati");
        ((Select<String>) _get(Select.class, s -> s.withId("workspace-language"))).setValue("zh-TW");
        _click(_get(Button.class, s -> s.withId("workspace-save")));
        assertEquals(
                "Pacific/Kiritimati",
                context.getBean(WorkspaceApi.class).workspace().locale().timeZone());
        assertEquals(ZoneId.of("Pacific/Kiritimati"), TenantTime.zone());
        assertEquals(LocalDate.now(ZoneId.of("Pacific/Kiritimati")), TenantTime.today());
    }

    @Test
    void a_manager_may_not_change_the_workspace() {
        signIn(user("harbour.manager", "harbour-hotel", SignedInUser.ACCOUNT_MANAGER));
        navigate("settings/workspace");
        _get(ForbiddenView.class);
    }
}
