package app.rapport.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import app.rapport.api.care.CareKind;
import app.rapport.api.client.ClientKind;
import app.rapport.api.common.ServiceLevel;
import app.rapport.api.common.TenantRole;
import app.rapport.api.lifecycle.Stage;
import app.rapport.api.tier.TierDefinition;
import app.rapport.api.tier.TierMethod;
import app.rapport.api.tier.TierSettingsWrite;
import app.rapport.api.tier.ValueMeasure;
import app.rapport.testing.Keycloak;
import app.rapport.ui.support.JourneyData;
import app.rapport.ui.support.RunningRapport;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Rapport walked in 简体中文 and 繁體中文 as each role, over pages full of what the server decided (stage and tier
 * history with their reasons, cancelled care actions, the timeline, import problems, refusals): no English word that
 * the product wrote may appear. The data in this tenant is written in Chinese, so every Latin word on a page is the
 * product's, except a few names that are the same in every language (Rapport, RFM, CSV, …) and the users' names.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChineseJourneyIT {
    private static final Path SHOTS = Paths.get("target/screenshots");
    /** Latin words that read the same in Chinese text: the product's name, abbreviations, formats and units. */
    private static final Set<String> SAME_IN_EVERY_LANGUAGE = Set.of(
            "Rapport",
            "RFM",
            "CSV",
            "JSON",
            "SVG",
            "PNG",
            "ABC",
            "Pareto",
            "CNY",
            "HKD",
            "USD",
            "UTC",
            "Asia",
            // the instruments' own names: the seeds write "SERVQUAL服务质量量表" in Chinese too
            "SERVQUAL",
            "NPS",
            "CSAT",
            "English"); // a language is named in its own words in every list of languages

    private static final Pattern LATIN_WORD = Pattern.compile("[A-Za-z]{3,}");

    private RunningRapport rapport;
    private Browser browser;
    private String uiUrl;
    private Keycloak keycloak;
    private String slug;
    private String admin;
    private String manager;
    private String staff;
    private String wang;

    @BeforeAll
    void aTenantWrittenInChinese() throws Exception {
        rapport = RunningRapport.get();
        uiUrl = rapport.uiUrl;
        keycloak = rapport.keycloak;
        browser = rapport.browser;
        slug = "zh-" + UUID.randomUUID().toString().substring(0, 6);
        JourneyData data = rapport.data;
        data.tenant(slug, "米店");
        admin = keycloak.createUser(slug, "tenant-admin");
        manager = keycloak.createUser(slug, "account-manager");
        staff = keycloak.createUser(slug, "service-staff");
        data.strategy(admin, Stage.EXPLORATION, CareKind.CALL, "欢迎来电", 3, ServiceLevel.EXPECTED, "问候并了解需求");
        data.strategy(admin, Stage.DECLINE, CareKind.VISIT, "挽回拜访", 7, ServiceLevel.SURPRISE, "带上新米样品");
        String rice = data.product(manager, "东北大米", "公斤");
        wang = data.client(manager, ClientKind.PERSON, "王家", "哈尔滨");
        String li = data.client(manager, ClientKind.ORGANISATION, "李记食堂", "哈尔滨");
        for (int daysAgo : new int[] {87, 57, 27}) {
            data.purchase(manager, wang, rice, daysAgo, 10, 6000, 1500);
        }
        data.purchase(manager, li, rice, 5, 500, 50000, 9000);
        data.tiersClassified(
                admin,
                new TierSettingsWrite(
                        TierMethod.THRESHOLD,
                        ValueMeasure.REVENUE,
                        14,
                        List.of(
                                new TierDefinition(
                                        null,
                                        1,
                                        "Key",
                                        "重点客户",
                                        "重點客戶",
                                        "#1a7f5a",
                                        BigDecimal.valueOf(20000),
                                        null,
                                        null,
                                        30,
                                        4,
                                        List.of(TenantRole.ACCOUNT_MANAGER),
                                        "当天送达",
                                        null,
                                        null),
                                new TierDefinition(
                                        null,
                                        2,
                                        "Basic",
                                        "普通客户",
                                        "普通客戶",
                                        "#9aa5b1",
                                        BigDecimal.ZERO,
                                        null,
                                        null,
                                        90,
                                        48,
                                        List.of(TenantRole.ACCOUNT_MANAGER, TenantRole.SERVICE_STAFF),
                                        null,
                                        null,
                                        null))));
        data.stage(manager, wang, Stage.DECLINE, "连续两个月没有再来买米");
    }

    private Page signIn(String user, String locale, int width, int height) {
        return rapport.signIn(user, locale, width, height);
    }

    /** The Latin words on the page that neither people wrote nor read the same in every language. */
    private List<String> english(Page page, String where) {
        page.waitForLoadState();
        String text = (String) page.evaluate("() => document.body.innerText");
        Set<String> found = new TreeSet<>();
        Matcher m = LATIN_WORD.matcher(text);
        while (m.find()) {
            String word = m.group();
            if (!SAME_IN_EVERY_LANGUAGE.contains(word) && !names().contains(word)) {
                found.add(word);
            }
        }
        List<String> out = new ArrayList<>();
        found.forEach(w -> out.add(where + ": " + w));
        return out;
    }

    /** Users' names are data: their usernames ({@code t-1f4e02fc}), display names and the tenant's slug. */
    private Set<String> names() {
        Set<String> n = new TreeSet<>(Set.of("Test", "User", "Olivia", "Operator"));
        for (String s : List.of(admin, manager, staff, slug)) {
            Matcher m = LATIN_WORD.matcher(s);
            while (m.find()) {
                n.add(m.group());
            }
        }
        return n;
    }

    private List<String> walk(Page page, String locale, String... paths) {
        List<String> out = new ArrayList<>();
        for (String path : paths) {
            page.navigate(uiUrl + path);
            page.locator("h2").first().waitFor();
            out.addAll(english(page, path));
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(SHOTS.resolve("zh-" + locale + path.replaceAll("[^a-z0-9]+", "-") + ".png"))
                    .setFullPage(true));
        }
        return out;
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh-CN", "zh-TW"})
    void an_admin_sees_no_english_on_any_page(String locale) {
        Page page = signIn(admin, locale, 1280, 900);
        List<String> english = new ArrayList<>(walk(
                page,
                locale,
                "/clients",
                "/tiers",
                "/tiers/settings",
                "/portfolio",
                "/strategies",
                "/products",
                "/purchases/import",
                "/blueprints",
                "/benchmarks",
                "/team",
                "/replenishment",
                "/quality/five-gaps",
                "/quality/questionnaire",
                "/settings/workspace"));
        page.navigate(uiUrl + "/clients/" + wang);
        for (String tab : List.of("relationship", "care", "timeline", "differentiate", "identify", "interact")) {
            page.locator("#tab-" + tab).click();
            page.waitForTimeout(300);
            english.addAll(english(page, "client " + tab));
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(SHOTS.resolve("zh-" + locale + "-client-" + tab + ".png"))
                    .setFullPage(true));
            if (tab.equals("relationship")) {
                // the server's reasons, worded here: the registration and the by-hand move with its reason
                assertThat(page.locator("#tab-relationship").page().locator("body"))
                        .containsText(locale.equals("zh-CN") ? "登记为客户" : "登記為客戶");
                assertThat(page.locator("body")).containsText("连续两个月没有再来买米");
            }
            if (tab.equals("timeline")) {
                // the welcome call the move cancelled, and the tier decision with its figures
                assertThat(page.locator("#timeline-grid"))
                        .containsText(locale.equals("zh-CN") ? "已取消：客户离开了" : "已取消：客戶離開了");
                assertThat(page.locator("#timeline-grid")).containsText(locale.equals("zh-CN") ? "达到该等级门槛" : "達到該等級門檻");
            }
        }
        assertEquals(List.of(), english);
        page.context().close();
    }

    @Test
    void refusals_and_import_problems_are_worded_in_chinese() {
        Page page = signIn(manager, "zh-CN", 1280, 900);
        page.navigate(uiUrl + "/purchases/import");
        page.locator("#import-csv textarea").fill("日期,客户,产品,数量,金额,毛利\n2026-13-01,没有这个人,东北大米,abc,-5,1\n");
        page.locator("#import-preview").click();
        assertThat(page.locator("#import-errors")).containsText("没有名为 没有这个人 的客户");
        assertThat(page.locator("#import-errors")).containsText("须为日期");
        page.waitForTimeout(300);
        List<String> english = new ArrayList<>(english(page, "import problems"));
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(SHOTS.resolve("zh-import-problems.png"))
                .setFullPage(true));
        page.navigate(uiUrl + "/clients/" + wang);
        page.locator("#tab-details").click();
        page.locator("#client-name input").fill(" ");
        page.locator("#client-save").click();
        page.waitForTimeout(500);
        english.addAll(english(page, "client refused"));
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(SHOTS.resolve("zh-client-refused.png"))
                .setFullPage(true));
        assertEquals(List.of(), english);
        page.context().close();
    }

    @Test
    void staff_on_a_phone_see_no_english_on_my_day() {
        Page page = signIn(staff, "zh-CN", 390, 844);
        List<String> english = walk(page, "zh-CN-phone", "/my-day", "/touchpoints/new", "/quality/questionnaire");
        assertEquals(List.of(), english);
        page.context().close();
    }

    @Test
    void the_operator_catalog_is_worded_in_chinese() {
        Page page = signIn("operator", "zh-CN", 1280, 900);
        page.navigate(uiUrl + "/operator/tenants");
        page.locator("#tenant-filter input").fill(slug);
        // the catalog is asked again once the typing pauses: wait for the other tenants to leave the list
        // (the grid keeps cells of rows it no longer shows: what counts is the text on the screen)
        page.waitForFunction("() => !document.querySelector('#tenants-grid').innerText.includes('harbour-hotel')");
        assertThat(page.locator("#tenants-grid")).containsText("米店");
        assertEquals(List.of(), english(page, "operator"));
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(SHOTS.resolve("zh-operator.png"))
                .setFullPage(true));
        // the tenant's own page: schema, migration history, first admin and usage, in Chinese
        page.locator("#tenants-grid").getByText("米店").click();
        page.waitForURL(java.util.regex.Pattern.compile(".*/operator/tenants/" + slug));
        assertThat(page.locator("#tenant-migrations")).containsText("客户与联系人");
        assertThat(page.locator("#tenant-admin-state")).containsText("邀请待接受");
        assertThat(page.locator("#tenant-usage-clients")).containsText("2 位客户");
        page.waitForTimeout(500);
        // the admin's e-mail, the schema's name and the server's placement are data, not words of the product
        List<String> english = english(page, "tenant page").stream()
                .filter(w -> !w.endsWith(": example") && !w.endsWith(": test") && !w.endsWith(": primary"))
                .toList();
        assertEquals(List.of(), english);
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(SHOTS.resolve("zh-operator-tenant.png"))
                .setFullPage(true));
        page.context().close();
    }
}
