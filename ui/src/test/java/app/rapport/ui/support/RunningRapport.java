package app.rapport.ui.support;

import app.rapport.testing.Keycloak;
import app.rapport.testing.LocalApp;
import app.rapport.testing.TestServers;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    private RunningRapport(String uiUrl, String apiUrl, Keycloak keycloak, Browser browser) {
        this.uiUrl = uiUrl;
        this.apiUrl = apiUrl;
        this.keycloak = keycloak;
        this.browser = browser;
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
        Process backend = LocalApp.launch(
                root.resolve("backend/server/target/rapport-server.jar"), env, Path.of("target/backend-it.log"));
        Runtime.getRuntime().addShutdownHook(new Thread(backend::destroy));
        String apiUrl = "http://127.0.0.1:" + apiPort;
        LocalApp.awaitStatus(backend, apiUrl + "/health", 200);
        Keycloak keycloak = new Keycloak(servers.keycloakUrl());
        provisionDemoTenants(apiUrl, keycloak.token("operator"));
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
        return new RunningRapport(servers.uiUrl(), apiUrl, keycloak, browser);
    }

    private static void provisionDemoTenants(String apiUrl, String operatorToken) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        for (String[] t : List.of(
                new String[] {"harbour-hotel", "Harbour Hotel", "harbour.admin@example.test"},
                new String[] {"northwind-telecom", "Northwind Telecom", "northwind.admin@example.test"})) {
            HttpResponse<String> r = http.send(
                    HttpRequest.newBuilder(URI.create(apiUrl + "/api/v1/operator/tenants"))
                            .header("Authorization", "Bearer " + operatorToken)
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(
                                    "{\"slug\":\"%s\",\"displayName\":\"%s\",\"adminEmail\":\"%s\"}"
                                            .formatted(t[0], t[1], t[2])))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 201 && r.statusCode() != 409) {
                throw new IllegalStateException("provisioning " + t[0] + ": " + r.statusCode() + " " + r.body());
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

    /** Calls the API as {@code user} to set a journey's data up; answers the body, failing on anything but 2xx. */
    public String api(String user, String method, String path, String json, String ifMatch) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(apiUrl + "/api/v1" + path))
                .header("Authorization", "Bearer " + keycloak.token(user))
                .header("Content-Type", "application/json")
                .method(
                        method,
                        json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (ifMatch != null) {
            b.header("If-Match", ifMatch);
        }
        HttpResponse<String> r = API.send(b.build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() >= 300) {
            throw new IllegalStateException(method + " " + path + ": " + r.statusCode() + " " + r.body());
        }
        return r.body();
    }

    private static final HttpClient API = HttpClient.newHttpClient();
}
