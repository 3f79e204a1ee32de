package app.rapport.ui.platform;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.junit.jupiter.api.Assertions.assertEquals;

import app.rapport.ui.platform.security.SignedInUser;
import app.rapport.ui.support.ViewTest;
import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNavItem;
import jakarta.servlet.http.Cookie;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class MainLayoutTest extends ViewTest {

    private static List<String> menu() {
        return _find(SideNavItem.class).stream().map(SideNavItem::getLabel).toList();
    }

    @Test
    void the_header_names_the_tenant_and_the_user() {
        signIn(user("harbour.manager", "harbour-hotel", SignedInUser.ACCOUNT_MANAGER));
        assertEquals(
                "Harbour Hotel",
                _get(Span.class, s -> s.withId("current-tenant")).getText());
        assertEquals(
                "harbour.manager display",
                _get(Span.class, s -> s.withId("current-user")).getText());
    }

    @Test
    void a_workspace_the_api_cannot_name_shows_its_slug_and_the_page_still_works() {
        signIn(user("someone", "riverside-bank", SignedInUser.ACCOUNT_MANAGER));
        assertEquals(
                "riverside-bank",
                _get(Span.class, s -> s.withId("current-tenant")).getText());
        assertEquals(MENUS.get(SignedInUser.ACCOUNT_MANAGER), menu());
    }

    @Test
    void the_operator_works_on_the_platform_not_in_a_workspace() {
        signIn(user("operator", null, SignedInUser.OPERATOR));
        assertEquals(
                "Platform", _get(Span.class, s -> s.withId("current-tenant")).getText());
    }

    private static final List<String> MANAGER_MENU_ZH_CN = List.of(
            "我的今天", "记录接触点", "登记投诉", "投诉", "客户", "客户分级", "补货提醒", "产品与服务", "服务蓝图", "服务质量问卷", "客户组合", "团队关怀", "投诉原因",
            "控制图", "调查结果", "满意度指数", "五差距", "阶段策略", "标杆目标", "导入购买记录");

    private static final java.util.Map<String, List<String>> MENUS = java.util.Map.of(
            SignedInUser.TENANT_ADMIN,
            List.of(
                    "My day",
                    "Log touchpoint",
                    "Record a complaint",
                    "Complaints",
                    "Clients",
                    "Tiers",
                    "Replenishment",
                    "Products",
                    "Service blueprints",
                    "Quality questionnaire",
                    "Portfolio",
                    "Team care",
                    "Complaint causes",
                    "Control charts",
                    "Survey results",
                    "Satisfaction index",
                    "Five gaps",
                    "Strategies",
                    "Benchmarks",
                    "Import purchases",
                    "Tier settings",
                    "Business hours",
                    "Service levels",
                    "Departments",
                    "Surveys",
                    "Workspace"),
            SignedInUser.ACCOUNT_MANAGER,
            List.of(
                    "My day",
                    "Log touchpoint",
                    "Record a complaint",
                    "Complaints",
                    "Clients",
                    "Tiers",
                    "Replenishment",
                    "Products",
                    "Service blueprints",
                    "Quality questionnaire",
                    "Portfolio",
                    "Team care",
                    "Complaint causes",
                    "Control charts",
                    "Survey results",
                    "Satisfaction index",
                    "Five gaps",
                    "Strategies",
                    "Benchmarks",
                    "Import purchases"),
            SignedInUser.SERVICE_STAFF,
            List.of(
                    "My day",
                    "Log touchpoint",
                    "Record a complaint",
                    "Complaints",
                    "Clients",
                    "Tiers",
                    "Replenishment",
                    "Products",
                    "Service blueprints",
                    "Quality questionnaire"));

    @Test
    void the_menu_depends_on_the_role() {
        signIn(user("operator", null, SignedInUser.OPERATOR));
        assertEquals(List.of("Tenants"), menu());
        for (String role :
                List.of(SignedInUser.TENANT_ADMIN, SignedInUser.ACCOUNT_MANAGER, SignedInUser.SERVICE_STAFF)) {
            signIn(user("someone", "harbour-hotel", role));
            assertEquals(MENUS.get(role), menu(), role);
        }
    }

    @Test
    void the_browsers_language_is_used_until_one_is_chosen() {
        signIn(user("harbour.manager", "harbour-hotel", SignedInUser.ACCOUNT_MANAGER), Locale.SIMPLIFIED_CHINESE);
        assertEquals(MANAGER_MENU_ZH_CN, menu());
        signIn(user("harbour.manager", "harbour-hotel", SignedInUser.ACCOUNT_MANAGER), Locale.TRADITIONAL_CHINESE);
        assertEquals(
                List.of(
                        "我的今天", "記錄接觸點", "登記投訴", "投訴", "客戶", "客戶分級", "補貨提醒", "產品與服務", "服務藍圖", "服務品質問卷", "客戶組合", "團隊關懷",
                        "投訴原因", "管制圖", "調查結果", "滿意度指數", "五差距", "階段策略", "標杆目標", "導入購買記錄"),
                menu());
        signIn(user("harbour.manager", "harbour-hotel", SignedInUser.ACCOUNT_MANAGER), Locale.GERMAN);
        assertEquals(MENUS.get(SignedInUser.ACCOUNT_MANAGER), menu(), "an unsupported language falls back to English");
    }

    @Test
    void a_remembered_choice_beats_the_browsers_language() {
        signIn(
                user("harbour.manager", "harbour-hotel", SignedInUser.ACCOUNT_MANAGER),
                Locale.ENGLISH,
                new Cookie("rapport-locale", "zh-CN"));
        assertEquals(MANAGER_MENU_ZH_CN, menu());
    }

    @Test
    void choosing_a_language_applies_to_the_session() {
        signIn(user("harbour.manager", "harbour-hotel", SignedInUser.ACCOUNT_MANAGER));
        @SuppressWarnings("unchecked")
        Select<Locale> language = _get(Select.class, s -> s.withId("language"));
        HasValueUtilsKt._setValue(language, Locale.SIMPLIFIED_CHINESE, true);
        // the page reloads to redraw every text; the browser journey checks the cookie that remembers the choice
        assertEquals(Locale.SIMPLIFIED_CHINESE, UI.getCurrent().getSession().getLocale());
    }

    @Test
    void a_browser_language_rapport_does_not_speak_gets_the_workspaces_default_language() {
        context.getBean(app.rapport.ui.support.InMemoryWorkspace.class)
                .setLocale(new app.rapport.api.operator.TenantLocale("Asia/Shanghai", "CNY", "zh-CN"));
        signIn(user("harbour.manager", "harbour-hotel", SignedInUser.ACCOUNT_MANAGER), Locale.GERMAN);
        assertEquals(MANAGER_MENU_ZH_CN, menu());
    }

    @Test
    void a_browser_language_rapport_speaks_wins_over_the_workspaces_default() {
        context.getBean(app.rapport.ui.support.InMemoryWorkspace.class)
                .setLocale(new app.rapport.api.operator.TenantLocale("Asia/Shanghai", "CNY", "zh-CN"));
        signIn(user("harbour.manager", "harbour-hotel", SignedInUser.ACCOUNT_MANAGER), Locale.ENGLISH);
        assertEquals(MENUS.get(SignedInUser.ACCOUNT_MANAGER), menu());
    }
}
