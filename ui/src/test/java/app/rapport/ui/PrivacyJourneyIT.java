package app.rapport.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rapport.testing.Keycloak;
import app.rapport.ui.support.RunningRapport;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** A tenant admin exercises a client's right of access in the browser: the export is downloaded as files. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PrivacyJourneyIT {
    private RunningRapport rapport;

    @BeforeAll
    void start() throws Exception {
        rapport = RunningRapport.get();
    }

    private String aPerson(String name) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(rapport.apiUrl + "/api/v1/clients"))
                                .header("Authorization", "Bearer " + rapport.keycloak.token("harbour.admin"))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(
                                        "{\"kind\":\"PERSON\",\"name\":\"" + name + "\",\"city\":\"Ningbo\"}"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertEquals(201, r.statusCode(), r.body());
        Matcher m = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"").matcher(r.body());
        assertTrue(m.find());
        return m.group(1);
    }

    @Test
    void an_admin_downloads_a_clients_personal_data_as_text_and_json() throws Exception {
        String name = "Export Household " + UUID.randomUUID().toString().substring(0, 6);
        String id = aPerson(name);
        Browser browser = rapport.browser;
        Page page = browser.newContext(
                        new Browser.NewContextOptions().setLocale("zh-CN").setAcceptDownloads(true))
                .newPage();
        page.navigate(rapport.uiUrl + "/clients/" + id);
        page.locator("#username").fill("harbour.admin");
        page.locator("#password").fill(Keycloak.DEMO_PASSWORD);
        page.locator("#kc-login").click();
        page.waitForURL(Pattern.compile(".*/clients/" + id + "$"));
        page.locator("#tab-privacy").click();
        page.locator("#privacy-export").click();
        assertThat(page.locator("#privacy-text")).containsText(name);
        Download text = page.waitForDownload(
                () -> page.locator("#privacy-download-text").click());
        String saved = Files.readString(text.path(), StandardCharsets.UTF_8);
        assertTrue(saved.contains(name), saved);
        assertEquals("client-" + id + ".txt", text.suggestedFilename());
        Download json = page.waitForDownload(
                () -> page.locator("#privacy-download-json").click());
        String savedJson = Files.readString(json.path(), StandardCharsets.UTF_8);
        assertTrue(savedJson.contains("\"relationship\"") && savedJson.contains(name), savedJson);
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Paths.get("target/screenshots/50-privacy-export-zh-CN.png"))
                .setFullPage(true));
        page.context().close();
    }
}
