package app.rapport.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rapport.api.client.ClientKind;
import app.rapport.api.survey.ClientSurveys;
import app.rapport.api.survey.InvitationStatus;
import app.rapport.api.survey.SurveyApi;
import app.rapport.testing.Keycloak;
import app.rapport.ui.support.RunningRapport;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A survey from form to answer in a real browser: the admin makes a form from a template; the account manager, in
 * Chinese, invites the client and is shown the link, its QR code and a share text; the client opens the link on a
 * phone without signing in, answers low and says why, and is thanked; the link is then refused politely; the manager
 * sees the answer and the call-back it opened.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SurveyJourneyIT {
    private static final Path SHOTS = Paths.get("target/screenshots");
    private RunningRapport rapport;
    private Keycloak keycloak;

    @BeforeAll
    void start() throws Exception {
        rapport = RunningRapport.get();
        keycloak = rapport.keycloak;
    }

    private static void shot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(SHOTS.resolve(name + ".png"))
                .setFullPage(true));
    }

    private static void noSidewaysScroll(Page page, String where) {
        page.waitForTimeout(300);
        Object wide = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
        assertTrue(((Number) wide).intValue() <= 0, where + " scrolls sideways by " + wide + " px");
    }

    @Test
    void a_client_answers_on_a_phone_the_survey_a_manager_sent_in_chinese() {
        String slug = "survey-" + UUID.randomUUID().toString().substring(0, 6);
        rapport.data.tenant(slug, "Harbour View " + slug);
        String admin = keycloak.createUser(slug, "tenant-admin");
        String manager = keycloak.createUser(slug, "account-manager");
        String client = rapport.data.client(manager, ClientKind.PERSON, "Lin Household", "Qingdao");
        rapport.data.owner(manager, client, manager);

        // 1 · the admin makes a form from the "after a complaint" template
        Page desk = rapport.signIn(admin, "en-US", 1280, 900);
        desk.navigate(rapport.uiUrl + "/settings/surveys");
        desk.locator("#survey-instrument-add vaadin-menu-bar-button").first().click();
        desk.locator("vaadin-menu-bar-item#survey-template-AFTER_COMPLAINT").click();
        assertThat(desk.locator("#question-0")).isVisible();
        shot(desk, "survey-01-editor");
        desk.locator("#instrument-save").click();
        desk.waitForURL(url -> url.matches(".*/settings/surveys/[0-9a-f-]{36}$"));
        desk.locator("#instrument-back").click();
        assertThat(desk.locator("#survey-instruments")).containsText("0 of 0");
        shot(desk, "survey-02-setup");
        desk.context().close();

        // 2 · the manager, in Chinese, invites the client and gets the link
        Page page = rapport.signIn(manager, "zh-CN", 1280, 900);
        page.navigate(rapport.uiUrl + "/clients/" + client);
        page.locator("vaadin-tab#tab-surveys").click();
        assertThat(page.locator("#client-survey-status")).hasText("可以邀请该客户参加调查。");
        page.locator("#client-survey-invite").click();
        page.locator("#invite-confirm").click();
        Locator url = page.locator("#survey-link-url input");
        assertThat(url).hasValue(java.util.regex.Pattern.compile(".*/survey/" + slug + "\\..+"));
        String link = url.inputValue();
        String share = page.locator("#survey-link-share textarea").inputValue();
        assertTrue(share.startsWith("Lin Household您好") && share.endsWith(link), share);
        assertThat(page.locator("#survey-link-qr svg")).isVisible();
        shot(page, "survey-03-link");
        page.locator("#survey-link-close").click();

        // 3 · the client opens it on a phone, without signing in
        Browser browser = rapport.browser;
        BrowserContext phoneContext = browser.newContext(
                new Browser.NewContextOptions().setLocale("zh-CN").setViewportSize(390, 844));
        Page phone = phoneContext.newPage();
        Response opened = phone.navigate(link);
        assertEquals(200, opened.status());
        assertEquals("no-store", opened.headers().get("cache-control"));
        assertThat(phone.locator("html")).hasAttribute("lang", "zh-CN");
        assertThat(phone.locator("header .firm")).hasText("Harbour View " + slug);
        noSidewaysScroll(phone, "the survey form");
        shot(phone, "survey-04-phone-form");
        phone.locator("label.choice:has(input[name='q.satisfaction'][value='2'])")
                .click();
        Locator why = phone.locator("fieldset.why[data-why-for='satisfaction']");
        assertThat(why).isVisible();
        why.locator("label:has(input[value='STAFF_MISTAKE'])").click();
        phone.locator("label.choice:has(input[name='q.effort'][value='3'])").click();
        shot(phone, "survey-05-phone-answered");
        phone.locator("#survey-submit").click();
        phone.waitForURL(u -> u.contains("/survey/thanks"));
        assertThat(phone.locator("h1")).hasText("谢谢您");
        shot(phone, "survey-06-phone-thanks");
        Response again = phone.navigate(link);
        assertEquals(409, again.status());
        assertThat(phone.locator("h1")).hasText("已经回答过了");
        shot(phone, "survey-07-phone-answered-once");
        phoneContext.close();

        // 4 · the manager sees the answer and the call-back it opened
        ClientSurveys surveys =
                rapport.as(manager, () -> rapport.clients.get(SurveyApi.class).clientSurveys(client));
        assertEquals(InvitationStatus.ANSWERED, surveys.invitations().getFirst().status());
        assertTrue(surveys.invitations().getFirst().result().followUpId() != null, "a low answer is called back");
        page.reload();
        page.locator("vaadin-tab#tab-surveys").click();
        assertThat(page.locator("#client-surveys")).containsText("满意度 2/5");
        assertThat(page.locator("#client-surveys")).containsText("已安排回访");
        shot(page, "survey-08-answered");

        // 5 · the call-back is in the manager's day, and the results page counts the answer
        page.navigate(rapport.uiUrl + "/my-day");
        assertThat(page.locator("vaadin-app-layout")).containsText("回访：客户的满意度打分为 2/5");
        shot(page, "survey-09-my-day");
        page.navigate(rapport.uiUrl + "/quality/surveys");
        assertThat(page.locator("#results-rate")).containsText("100%");
        assertThat(page.locator("#results-csat")).containsText("0%");
        assertThat(page.locator("#results-reasons")).containsText("服务人员失误：1");
        shot(page, "survey-10-results");

        // 6 · the satisfaction index counts it (the answer named no product), and the causes hear its reason
        page.navigate(rapport.uiUrl + "/quality/satisfaction");
        assertThat(page.locator("#index-grid")).containsText("未指明产品");
        assertThat(page.locator("#index-grid")).containsText("2.00（n 1）");
        assertThat(page.locator("#index-svg")).isVisible();
        shot(page, "survey-11-index");
        page.navigate(rapport.uiUrl + "/complaints/causes");
        assertThat(page.locator("#causes-heard")).containsText("低分调查答卷给出了 1 个原因");
        shot(page, "survey-12-causes");

        // 7 · a second client's answers, given on a paper form, typed in by the manager: they count as any answer
        String paper = rapport.data.client(manager, ClientKind.PERSON, "Zhou Household", "Qingdao");
        page.navigate(rapport.uiUrl + "/clients/" + paper);
        page.locator("vaadin-tab#tab-surveys").click();
        page.locator("#client-survey-record").click();
        assertThat(page.locator("#record-questions")).containsText("您对Harbour View " + slug + "处理您投诉的方式满意吗？");
        page.locator("#record-channel").click();
        page.locator("#record-channel vaadin-select-item:has-text('纸质问卷')").click();
        page.locator("#record-q-satisfaction").click();
        page.locator("#record-q-satisfaction vaadin-select-item:text-is('5')").click();
        // the effort is required: saved without it, the dialog says so on that field and keeps what was typed
        page.locator("#record-q-better textarea").fill("送货很准时");
        page.locator("#record-confirm").click();
        assertThat(page.locator("#record-q-effort")).hasAttribute("invalid", "");
        page.locator("#record-q-effort").click();
        page.locator("#record-q-effort vaadin-select-item:text-is('6')").click();
        shot(page, "survey-13-record-paper");
        page.locator("#record-confirm").click();
        assertThat(page.locator("#client-surveys")).containsText("纸质问卷，由 ");
        assertThat(page.locator("#client-surveys")).containsText("满意度 5/5");
        shot(page, "survey-14-recorded");
        page.navigate(rapport.uiUrl + "/quality/satisfaction");
        assertThat(page.locator("#index-grid")).containsText("3.50（n 2");
        page.context().close();
    }
}
