package app.rapport.platform.security;

import static io.micronaut.http.HttpRequest.GET;
import static io.micronaut.http.HttpRequest.POST;
import static org.junit.jupiter.api.Assertions.assertEquals;

import app.rapport.support.ApiTest;
import io.micronaut.http.MutableHttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A token verified once is reused, and reuse changes nothing about which tokens are accepted: a token with a changed
 * signature or a changed payload is refused even while the genuine one is remembered, and a suspended tenant is
 * refused at once for a token that worked a moment before.
 */
class TokenReuseTest extends ApiTest {

    private Reply workspace(String bearer) {
        MutableHttpRequest<?> r = GET("/api/v1/workspace").bearerAuth(bearer);
        return send(null, r);
    }

    @Test
    void a_token_is_accepted_again_and_a_changed_signature_is_refused_while_it_is_remembered() {
        String token = keycloak.token("harbour.staff");
        assertEquals(200, workspace(token).status());
        assertEquals(200, workspace(token).status());
        // a character in the middle of the signature: all six of its bits count (the last one's low bits may not)
        int at = token.lastIndexOf('.') + 20;
        char c = token.charAt(at);
        String forged = token.substring(0, at) + (c == 'A' ? 'Q' : 'A') + token.substring(at + 1);
        assertEquals(401, workspace(forged).status());
    }

    @Test
    void a_payload_changed_to_another_tenant_is_refused() {
        String token = keycloak.token("harbour.staff");
        assertEquals(200, workspace(token).status());
        String[] parts = token.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"harbour-hotel\"", "\"northwind-telecom\"");
        String forged = parts[0] + "."
                + Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes(StandardCharsets.UTF_8))
                + "." + parts[2];
        assertEquals(401, workspace(forged).status());
    }

    @Test
    void a_suspended_tenant_is_refused_at_once_for_a_token_that_worked_a_moment_before() {
        String slug = "reuse-" + UUID.randomUUID().toString().substring(0, 6);
        ensureTenant(slug, "Reuse Test", slug + ".admin@example.test");
        String token = keycloak.token(keycloak.createUser(slug, "service-staff"));
        assertEquals(200, workspace(token).status());
        assertEquals(
                200,
                send("operator", POST("/api/v1/operator/tenants/" + slug + "/suspend", ""))
                        .status());
        assertEquals(403, workspace(token).status());
    }
}
