package app.rapport.ui.platform.security;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.net.URI;

/**
 * Where Keycloak is and who the UI is to it (client {@code rapport-ui}: authorization code + PKCE), and the UI's own
 * public address: the login callback and the address after logout are built from it, never from a request's
 * {@code Host} header, and Keycloak's client lists exactly it (the same {@code RAPPORT_UI_PUBLIC_URL}).
 */
@Singleton
public record OidcSettings(
        @Value("${rapport.keycloak.url}") String keycloakUrl,
        @Value("${rapport.keycloak.realm}") String realm,
        @Value("${rapport.keycloak.client-id}") String clientId,
        @Value("${rapport.ui.public-url}") String publicUrl) {

    public OidcSettings {
        publicUrl = publicUrl.replaceAll("/+$", "");
        if (!publicUrl.startsWith("http://") && !publicUrl.startsWith("https://")) {
            throw new IllegalArgumentException("rapport.ui.public-url must be an http(s) URL: " + publicUrl);
        }
    }

    URI issuer() {
        return URI.create(keycloakUrl + "/realms/" + realm);
    }

    URI endpoint(String name) {
        return URI.create(issuer() + "/protocol/openid-connect/" + name);
    }

    URI callback() {
        return URI.create(publicUrl + "/login/callback");
    }

    URI afterLogout() {
        return URI.create(publicUrl + "/");
    }

    /** Whether browsers reach the UI over https: the session cookie is then {@code Secure}. */
    public boolean secure() {
        return publicUrl.startsWith("https://");
    }
}
