package app.rapport.ui.platform.security;

import java.io.Serializable;
import java.time.Instant;
import java.util.Set;

/** Who is signed in, from the validated ID token, and the tokens the UI calls the API with (server side only). */
public record SignedInUser(
        String username,
        String displayName,
        String tenant,
        Set<String> roles,
        String accessToken,
        Instant accessTokenExpiresAt,
        String refreshToken,
        String idToken)
        implements Serializable {

    public static final String OPERATOR = "platform-operator";
    public static final String TENANT_ADMIN = "tenant-admin";
    public static final String ACCOUNT_MANAGER = "account-manager";
    public static final String SERVICE_STAFF = "service-staff";

    public boolean hasAny(String... wanted) {
        for (String r : wanted) {
            if (roles.contains(r)) {
                return true;
            }
        }
        return false;
    }

    public boolean canEditClients() {
        return hasAny(TENANT_ADMIN, ACCOUNT_MANAGER);
    }

    public boolean isOperator() {
        return roles.contains(OPERATOR);
    }

    SignedInUser withTokens(String access, Instant expiresAt, String refresh) {
        return new SignedInUser(username, displayName, tenant, roles, access, expiresAt, refresh, idToken);
    }
}
