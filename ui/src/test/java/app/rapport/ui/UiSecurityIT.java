package app.rapport.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rapport.testing.Keycloak;
import app.rapport.ui.support.RunningRapport;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.net.Socket;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The UI's answers as an attacker sees them: headers, the session cookie, where the login sends a browser. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UiSecurityIT {
    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private RunningRapport rapport;

    @BeforeAll
    void start() throws Exception {
        rapport = RunningRapport.get();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(rapport.uiUrl + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void every_answer_carries_the_security_headers() throws Exception {
        for (String path : List.of("/", "/clients", "/VAADIN/nothing-here.js")) {
            HttpResponse<String> r = get(path);
            assertEquals(
                    "nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(null), path);
            assertEquals(
                    "same-origin", r.headers().firstValue("Referrer-Policy").orElse(null), path);
            assertEquals("DENY", r.headers().firstValue("X-Frame-Options").orElse(null), path);
            String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
            assertTrue(csp.contains("default-src 'self'"), path + ": " + csp);
            assertTrue(csp.contains("frame-ancestors 'none'"), path + ": " + csp);
            assertTrue(csp.contains("object-src 'none'"), path + ": " + csp);
        }
    }

    @Test
    void the_session_cookie_is_http_only_and_same_site() throws Exception {
        HttpResponse<String> r = get("/clients");
        String cookie = r.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie: " + r.headers()));
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.contains("SameSite=Lax"), cookie);
        // the test UI is served over plain http; Secure is set when RAPPORT_UI_PUBLIC_URL is https
    }

    @Test
    void the_login_sends_keycloak_the_configured_callback_whatever_host_the_request_names() throws Exception {
        URI ui = URI.create(rapport.uiUrl);
        String answer;
        try (Socket socket = new Socket(ui.getHost(), ui.getPort())) {
            socket.getOutputStream()
                    .write("GET /clients HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n"
                            .getBytes(StandardCharsets.US_ASCII));
            answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
        }
        assertTrue(answer.startsWith("HTTP/1.1 302"), answer);
        String location = URLDecoder.decode(
                answer.lines()
                        .filter(l -> l.regionMatches(true, 0, "Location:", 0, 9))
                        .findFirst()
                        .orElseThrow(),
                StandardCharsets.UTF_8);
        assertTrue(location.contains("redirect_uri=" + rapport.uiUrl + "/login/callback"), location);
        assertTrue(!location.contains("evil.example"), location);
    }

    @Test
    void the_signed_in_ui_runs_under_its_content_security_policy_without_a_violation() {
        Browser browser = rapport.browser;
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("en-US"));
        Page page = context.newPage();
        List<String> violations = new CopyOnWriteArrayList<>();
        page.onConsoleMessage(m -> {
            if (m.text().contains("Content Security Policy")) {
                violations.add(m.text());
            }
        });
        page.navigate(rapport.uiUrl + "/");
        page.locator("#username").fill("harbour.manager");
        page.locator("#password").fill(Keycloak.DEMO_PASSWORD);
        page.locator("#kc-login").click();
        page.waitForURL(Pattern.compile(Pattern.quote(rapport.uiUrl) + "/.*"));
        page.locator("#clients-grid").waitFor();
        page.navigate(rapport.uiUrl + "/my-day");
        page.waitForLoadState();
        page.waitForTimeout(1000);
        assertEquals(List.of(), violations);
        context.close();
    }

    @Test
    void an_unknown_address_and_a_missing_record_render_inside_the_layout_in_the_users_language() {
        Page page = rapport.signIn("harbour.manager", "zh-CN", 1280, 800);
        page.navigate(rapport.uiUrl + "/no-such-page/at-all");
        assertThat(page.locator("#error-title")).hasText("未找到");
        assertThat(page.locator("#error-text")).containsText("Rapport 中没有这个页面");
        assertThat(page.locator("vaadin-side-nav")).isVisible();
        page.navigate(rapport.uiUrl + "/blueprints/" + java.util.UUID.randomUUID());
        assertThat(page.locator("#error-title")).hasText("未找到");
        assertTrue(!page.content().contains("Exception") && !page.content().contains("Could not navigate"));
        page.locator("#error-home").click();
        page.waitForURL(Pattern.compile(".*/clients"));
        page.context().close();
    }

    @Test
    void a_session_that_is_gone_leads_through_the_login_page_back_to_where_the_user_was() {
        Page page = rapport.signIn("harbour.manager", "en-US", 1280, 800);
        page.navigate(rapport.uiUrl + "/clients?return=here");
        page.locator("#clients-grid").waitFor();
        page.context().clearCookies(); // the session is gone: expired, or signed out in another tab
        page.locator("#client-search input").fill("anything");
        page.locator("#username").waitFor(); // no frozen page: Keycloak's login page, in the window itself
        assertTrue(page.url().contains("/realms/"), page.url());
        page.locator("#username").fill("harbour.manager");
        page.locator("#password").fill(Keycloak.DEMO_PASSWORD);
        page.locator("#kc-login").click();
        page.waitForURL(Pattern.compile(Pattern.quote(rapport.uiUrl) + "/clients\\?return=here"));
        assertThat(page.locator("#clients-grid")).isVisible();
        page.context().close();
    }

    @Test
    void the_back_button_after_signing_out_shows_the_login_page() {
        Page page = rapport.signIn("harbour.manager", "en-US", 1280, 800);
        page.navigate(rapport.uiUrl + "/clients");
        page.locator("#clients-grid").waitFor();
        page.locator("#logout").click();
        page.locator("#username").waitFor();
        page.goBack();
        page.locator("#username").waitFor();
        assertTrue(
                page.url().contains("/realms/"), "the login page, not a page of a signed-out session: " + page.url());
        assertTrue(!page.content().contains("Server connection lost"), page.content());
        page.context().close();
    }
}
