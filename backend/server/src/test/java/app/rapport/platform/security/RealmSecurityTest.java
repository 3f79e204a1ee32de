package app.rapport.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rapport.testing.Keycloak;
import app.rapport.testing.TestServers;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The imported realm as an attacker meets it, against the test run's real Keycloak: the UI's client sends browsers
 * back to the UI's own address only, password grants are refused to it, guessing passwords locks an account for a
 * while, and access tokens live five minutes at most.
 */
class RealmSecurityTest {
    private static final String FOREIGN = "https://attacker.example/steal";
    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final TestServers servers = TestServers.get();
    private final Keycloak keycloak = Keycloak.ofTestRun();

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(
                                URI.create(servers.keycloakUrl() + "/realms/rapport/protocol/openid-connect/" + path))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private HttpResponse<String> authorize(String redirectUri) throws Exception {
        return get("auth?client_id=rapport-ui&response_type=code&scope=openid&code_challenge_method=S256"
                + "&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM&redirect_uri=" + enc(redirectUri));
    }

    @Test
    void the_login_page_is_shown_for_the_uis_own_callback() throws Exception {
        HttpResponse<String> r = authorize(servers.uiUrl() + "/login/callback");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().contains("kc-login") || r.body().contains("username"), r.body());
    }

    @Test
    void a_foreign_redirect_uri_is_refused_and_no_code_goes_there() throws Exception {
        for (String uri : new String[] {
            FOREIGN,
            servers.uiUrl() + ".attacker.example/login/callback",
            servers.uiUrl() + "/login/callback/../../elsewhere",
            "http://127.0.0.1:1/login/callback"
        }) {
            HttpResponse<String> r = authorize(uri);
            assertEquals(400, r.statusCode(), uri);
            assertTrue(r.headers().firstValue("Location").isEmpty(), uri);
        }
    }

    @Test
    void a_foreign_post_logout_redirect_uri_is_refused() throws Exception {
        HttpResponse<String> r = get("logout?client_id=rapport-ui&post_logout_redirect_uri=" + enc(FOREIGN));
        assertEquals(400, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Location").isEmpty());
        HttpResponse<String> own =
                get("logout?client_id=rapport-ui&post_logout_redirect_uri=" + enc(servers.uiUrl() + "/"));
        assertNotEquals(400, own.statusCode(), own.body());
    }

    @Test
    void the_uis_client_takes_no_password_grant() {
        HttpResponse<String> r = keycloak.passwordGrant("rapport-ui", "harbour.manager", Keycloak.DEMO_PASSWORD);
        assertTrue(r.statusCode() == 400 || r.statusCode() == 401, r.body());
        assertTrue(r.body().contains("unauthorized_client"), r.body());
    }

    @Test
    void guessing_a_password_five_times_locks_the_account_for_a_while() {
        String user = keycloak.createUser("harbour-hotel", "service-staff");
        for (int i = 0; i < 5; i++) {
            assertNotEquals(
                    200,
                    keycloak.passwordGrant("rapport-cli", user, "wrong-" + i).statusCode());
        }
        HttpResponse<String> right = keycloak.passwordGrant("rapport-cli", user, Keycloak.DEMO_PASSWORD);
        assertNotEquals(200, right.statusCode(), "the right password still worked after five wrong ones");
    }

    @Test
    void an_access_token_lives_five_minutes_at_most() {
        String token = keycloak.token("harbour.staff");
        String payload = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
        long lifetime = claim(payload, "exp") - claim(payload, "iat");
        assertTrue(lifetime > 0 && lifetime <= 300, "access tokens live " + lifetime + " s");
    }

    private static long claim(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*(\\d+)").matcher(json);
        assertTrue(m.find(), name + " in " + json);
        return Long.parseLong(m.group(1));
    }
}
