package app.rapport.ui.support;

import app.rapport.api.common.ApiClients;
import app.rapport.api.common.BearerToken;
import app.rapport.api.operator.CreateTenant;
import app.rapport.api.operator.OperatorApi;
import app.rapport.testing.Keycloak;
import app.rapport.testing.LocalApp;
import app.rapport.testing.TestServers;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * The packaged backend and UI as processes, once for every browser test class of the run (the UI must listen on the
 * one address Keycloak's {@code rapport-ui} client sends browsers back to), with the two demo tenants provisioned,
 * and a headless Chromium. Ended when the test JVM ends.
 */
public final class RunningRapport {
    private static RunningRapport instance;

    public final String uiUrl;
    public final String apiUrl;
    public final Keycloak keycloak;
    public final Browser browser;
    /** The API's typed clients, for the journeys' setup. */
    public final ApiClients clients;
    /** A journey's data, set up through {@link #clients}. */
    public final JourneyData data;

    private RunningRapport(String uiUrl, String apiUrl, Keycloak keycloak, Browser browser, ApiClients clients) {
        this.uiUrl = uiUrl;
        this.apiUrl = apiUrl;
        this.keycloak = keycloak;
        this.browser = browser;
        this.clients = clients;
        this.data = new JourneyData(this);
    }

    public static synchronized RunningRapport get() throws Exception {
        if (instance == null) {
            instance = start();
        }
        return instance;
    }

    private static RunningRapport start() throws Exception {
        TestServers servers = TestServers.get();
        Path root = TestServers.repoRoot();
        int apiPort = LocalApp.freePort();
        Map<String, String> env = new HashMap<>(servers.serverEnvironment());
        env.put("RAPPORT_API_PORT", String.valueOf(apiPort));
        // the journeys classify and plan by hand; a nightly run falling due mid-journey (CI at 02:15 in a tenant's
        // zone) would do it for them and change what they see
        env.put("RAPPORT_NIGHTLY_ENABLED", "false");
        // the escalation scan every 5 s instead of every minute, so that a journey sees a breach escalate promptly
        env.put("RAPPORT_MINUTE_TICK", "5s");
        env.put("RAPPORT_MINUTE_FIRST_TICK", "5s");
        Process backend = LocalApp.launch(
                root.resolve("backend/server/target/rapport-server.jar"), env, Path.of("target/backend-it.log"));
        Runtime.getRuntime().addShutdownHook(new Thread(backend::destroy));
        String apiUrl = "http://127.0.0.1:" + apiPort;
        LocalApp.awaitStatus(backend, apiUrl + "/health", 200);
        Keycloak keycloak = new Keycloak(servers.keycloakUrl());
        ApiClients clients = ApiClients.at(apiUrl, Duration.ofSeconds(60));
        Runtime.getRuntime().addShutdownHook(new Thread(clients::close));
        provisionDemoTenants(clients.get(OperatorApi.class), keycloak.token("operator"));
        env.put("RAPPORT_UI_PORT", String.valueOf(servers.uiPort()));
        env.put("RAPPORT_UI_PUBLIC_URL", servers.uiUrl());
        env.put("RAPPORT_API_URL", apiUrl);
        Process ui = LocalApp.launch(root.resolve("ui/target/rapport-ui.jar"), env, Path.of("target/ui-it.log"));
        Runtime.getRuntime().addShutdownHook(new Thread(ui::destroy));
        LocalApp.awaitStatus(ui, servers.uiUrl() + "/", 302);
        Playwright playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        Browser browser = playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(Paths.get("/usr/lib/chromium/chromium"))
                        .setHeadless(true)
                        .setArgs(List.of(
                                "--no-sandbox",
                                "--disable-gpu",
                                "--disable-background-networking",
                                "--disable-component-update",
                                "--disable-sync",
                                "--no-first-run")));
        Runtime.getRuntime().addShutdownHook(new Thread(playwright::close));
        return new RunningRapport(servers.uiUrl(), apiUrl, keycloak, browser, clients);
    }

    private static void provisionDemoTenants(OperatorApi operator, String operatorToken) {
        for (String[] t : List.of(
                new String[] {"harbour-hotel", "Harbour Hotel", "harbour.admin@example.test"},
                new String[] {"northwind-telecom", "Northwind Telecom", "northwind.admin@example.test"})) {
            try {
                BearerToken.as(operatorToken, () -> operator.create(new CreateTenant(t[0], t[1], t[2])));
            } catch (HttpClientResponseException e) {
                if (e.code() != 409) {
                    throw new IllegalStateException("provisioning " + t[0] + ": " + e.code() + " "
                            + e.getResponse().getBody(String.class).orElse(""));
                }
            }
        }
    }

    /** A fresh browser context of {@code locale} and size, signed in as {@code user} through the login page. */
    public Page signIn(String user, String locale, int width, int height) {
        BrowserContext context = browser.newContext(
                new Browser.NewContextOptions().setLocale(locale).setViewportSize(width, height));
        Page page = context.newPage();
        page.navigate(uiUrl + "/");
        page.locator("#username").fill(user);
        page.locator("#password").fill(Keycloak.DEMO_PASSWORD);
        page.locator("#kc-login").click();
        page.waitForURL(Pattern.compile(".*127\\.0\\.0\\.1:" + uiUrl.replaceAll(".*:", "") + "/.*"));
        return page;
    }

    /**
     * Calls the API through the typed clients as {@code user}, to set a journey's data up or read what a page should
     * show; a refusal fails the journey with the problem the API sent.
     */
    public <T> T as(String user, Supplier<T> call) {
        try {
            return ApiClients.as(keycloak.token(user), call);
        } catch (ApiClients.Refused e) {
            throw new IllegalStateException("the API refused " + user + ": " + e.getMessage());
        }
    }
}
