package app.rapport.ui.platform.security;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.net.URI;

/** Where Keycloak is and who the UI is to it (client {@code rapport-ui}: authorization code + PKCE). */
@Singleton
public record OidcSettings(
        @Value("${rapport.keycloak.url}") String keycloakUrl,
        @Value("${rapport.keycloak.realm}") String realm,
        @Value("${rapport.keycloak.client-id}") String clientId) {

    URI issuer() {
        return URI.create(keycloakUrl + "/realms/" + realm);
    }

    URI endpoint(String name) {
        return URI.create(issuer() + "/protocol/openid-connect/" + name);
    }
}
