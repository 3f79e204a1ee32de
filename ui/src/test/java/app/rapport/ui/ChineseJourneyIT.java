package app.rapport.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import app.rapport.testing.Keycloak;
import app.rapport.ui.support.RunningRapport;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
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
            "Rapport", "RFM", "CSV", "JSON", "SVG", "PNG", "ABC", "Pareto", "CNY", "HKD", "USD", "UTC", "Asia",
            "English"); // a language is named in its own words in every list of languages

    private static final Pattern LATIN_WORD = Pattern.compile("[A-Za-z]{3,}");

    private final HttpClient http = HttpClient.newHttpClient();
    private RunningRapport rapport;
    private Browser browser;
    private String uiUrl;
    private String apiUrl;
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
        apiUrl = rapport.apiUrl;
        keycloak = rapport.keycloak;
        browser = rapport.browser;
        slug = "zh-" + UUID.randomUUID().toString().substring(0, 6);
        api("operator", "POST", "/operator/tenants", """
                {"slug":"%s","displayName":"米店","adminEmail":"%s@example.test"}""".formatted(slug, slug));
        admin = keycloak.createUser(slug, "tenant-admin");
        manager = keycloak.createUser(slug, "account-manager");
        staff = keycloak.createUser(slug, "service-staff");
        api(admin, "POST", "/playbook", """
                {"stage":"EXPLORATION","kind":"CALL","title":"欢迎来电","offsetDays":3,"aimedLevel":"EXPECTED",
                 "ownerRole":"ACCOUNT_MANAGER","instructions":"问候并了解需求","position":0}""");
        api(admin, "POST", "/playbook", """
                {"stage":"DECLINE","kind":"VISIT","title":"挽回拜访","offsetDays":7,"aimedLevel":"SURPRISE",
                 "ownerRole":"ACCOUNT_MANAGER","instructions":"带上新米样品","position":0}""");
        String rice = id(api(manager, "POST", "/products", "{\"name\":\"东北大米\",\"unit\":\"公斤\"}"));
        wang = id(api(manager, "POST", "/clients", "{\"kind\":\"PERSON\",\"name\":\"王家\",\"city\":\"哈尔滨\"}"));
        String li =
                id(api(manager, "POST", "/clients", "{\"kind\":\"ORGANISATION\",\"name\":\"李记食堂\",\"city\":\"哈尔滨\"}"));
        for (int daysAgo : new int[] {87, 57, 27}) {
            api(manager, "POST", "/clients/" + wang + "/purchases", """
                    {"productId":"%s","purchasedOn":"%s","quantity":10,"amount":6000,"margin":1500}""".formatted(
                            rice, LocalDate.now().minusDays(daysAgo)));
        }
        api(manager, "POST", "/clients/" + li + "/purchases", """
                {"productId":"%s","purchasedOn":"%s","quantity":500,"amount":50000,"margin":9000}""".formatted(
                        rice, LocalDate.now().minusDays(5)));
        String etag = header(admin, "/tiers", "ETag");
        api(admin, "PUT", "/tiers", """
                {"method":"THRESHOLD","measure":"REVENUE","replenishmentDays":14,"tiers":[
                 {"nameEn":"Key","nameZhCn":"重点客户","nameZhTw":"重點客戶","rank":1,"minValue":20000,
                  "colour":"#1a7f5a","ownerRoles":["ACCOUNT_MANAGER"],"careCadenceDays":30,"responseHours":4,
                  "promise":"当天送达"},
                 {"nameEn":"Basic","nameZhCn":"普通客户","nameZhTw":"普通客戶","rank":2,"minValue":0,
                  "colour":"#9aa5b1","ownerRoles":["ACCOUNT_MANAGER","SERVICE_STAFF"],"careCadenceDays":90,
                  "responseHours":48}]}""", etag);
        api(admin, "POST", "/tiers/classifications", null);
        api(manager, "POST", "/clients/" + wang + "/stage-changes", """
                {"to":"DECLINE","reason":"连续两个月没有再来买米"}""");
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
        List<String> english = walk(page, "zh-CN-phone", "/my-day", "/touchpoints/new");
        assertEquals(List.of(), english);
        page.context().close();
    }

    @Test
    void the_operator_catalog_is_worded_in_chinese() {
        Page page = signIn("operator", "zh-CN", 1280, 900);
        page.navigate(uiUrl + "/operator/tenants");
        page.locator("#tenant-filter input").fill(slug);
        page.waitForTimeout(500);
        assertEquals(List.of(), english(page, "operator"));
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(SHOTS.resolve("zh-operator.png"))
                .setFullPage(true));
        page.context().close();
    }

    private String api(String user, String method, String path, String json) throws Exception {
        return api(user, method, path, json, null);
    }

    private String api(String user, String method, String path, String json, String ifMatch) throws Exception {
        return rapport.api(user, method, path, json, ifMatch);
    }

    private String header(String user, String path, String name) throws Exception {
        HttpResponse<String> r = http.send(
                HttpRequest.newBuilder(URI.create(apiUrl + "/api/v1" + path))
                        .header("Authorization", "Bearer " + keycloak.token(user))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        return r.headers().firstValue(name).orElseThrow();
    }

    private static String id(String json) {
        return json.replaceAll("(?s)^\\{\"id\":\"([0-9a-f-]{36})\".*", "$1");
    }
}
