package app.rapport.ui.platform.security;

import com.nimbusds.oauth2.sdk.RefreshTokenGrant;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.token.RefreshToken;
import com.nimbusds.oauth2.sdk.token.Tokens;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Optional;

/** Refreshes an access token shortly before it expires, with the refresh token (Nimbus SDK, Keycloak's token endpoint). */
@Singleton
public class TokenService {
    private static final long SKEW_SECONDS = 30;
    private final OidcSettings settings;

    TokenService(OidcSettings settings) {
        this.settings = settings;
    }

    /** The user with a usable access token, refreshed when needed; empty when the login has expired. */
    public Optional<SignedInUser> fresh(SignedInUser user) {
        if (user.accessTokenExpiresAt().isAfter(Instant.now().plusSeconds(SKEW_SECONDS))) {
            return Optional.of(user);
        }
        if (user.refreshToken() == null) {
            return Optional.empty();
        }
        try {
            TokenRequest request = new TokenRequest(
                    settings.endpoint("token"),
                    new ClientID(settings.clientId()),
                    new RefreshTokenGrant(new RefreshToken(user.refreshToken())));
            TokenResponse response =
                    OIDCTokenResponseParser.parse(request.toHTTPRequest().send());
            if (!response.indicatesSuccess()) {
                return Optional.empty();
            }
            Tokens t = response.toSuccessResponse().getTokens();
            return Optional.of(user.withTokens(
                    t.getAccessToken().getValue(),
                    Instant.now().plusSeconds(t.getAccessToken().getLifetime()),
                    t.getRefreshToken() == null
                            ? user.refreshToken()
                            : t.getRefreshToken().getValue()));
        } catch (Exception e) {
            return Optional.empty();
        }
    }
}
