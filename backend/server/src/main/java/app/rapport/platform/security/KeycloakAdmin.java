package app.rapport.platform.security;

import app.rapport.api.common.ProblemCode;
import app.rapport.platform.web.ProblemException;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Keycloak's Admin REST API through the {@code rapport-provisioner} service account: creates a tenant's first admin
 * and removes a deleted tenant's users.
 * Every user it creates carries the tenant it was created for; an email that belongs to another tenant is refused.
 */
@Singleton
public class KeycloakAdmin {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    private final HttpClient http;
    private final String realm;
    private final String clientId;
    private final String clientSecret;

    KeycloakAdmin(
            @Client("${rapport.keycloak.url}") HttpClient http,
            @Value("${rapport.keycloak.realm}") String realm,
            @Value("${rapport.keycloak.provisioner-client-id}") String clientId,
            @Value("${rapport.keycloak.provisioner-client-secret}") String clientSecret) {
        this.http = http;
        this.realm = realm;
        this.clientId = clientId;
        this.clientSecret = clientSecret;
    }

    /** The admin's login and, when this call created the account, its temporary password. */
    public record AdminAccount(String username, String temporaryPassword) {}

    /**
     * Removes every user of the tenant from the realm (the tenant is being deleted); answers how many. Only users whose
     * {@code tenant} attribute is exactly this slug are touched.
     */
    public int removeTenantUsers(String tenantSlug) {
        String token = serviceToken();
        int removed = 0;
        while (true) {
            List<Map<String, Object>> found = http.toBlocking()
                    .retrieve(
                            HttpRequest.GET("/admin/realms/" + realm + "/users?briefRepresentation=false&max=200&q="
                                            + encode("tenant:" + tenantSlug))
                                    .bearerAuth(token),
                            Argument.listOf(Argument.mapOf(String.class, Object.class)));
            List<Map<String, Object>> mine = found.stream()
                    .filter(u -> u.get("attributes") instanceof Map<?, ?> a
                            && a.get("tenant") instanceof List<?> t
                            && t.equals(List.of(tenantSlug)))
                    .toList();
            if (mine.isEmpty()) {
                return removed;
            }
            for (Map<String, Object> u : mine) {
                http.toBlocking()
                        .exchange(HttpRequest.DELETE("/admin/realms/" + realm + "/users/" + u.get("id"))
                                .bearerAuth(token));
                removed++;
            }
        }
    }

    public AdminAccount ensureTenantAdmin(String tenantSlug, String email) {
        String token = serviceToken();
        List<Map<String, Object>> found = http.toBlocking()
                .retrieve(
                        HttpRequest.GET("/admin/realms/" + realm + "/users?exact=true&email=" + encode(email))
                                .bearerAuth(token),
                        Argument.listOf(Argument.mapOf(String.class, Object.class)));
        String id;
        String username;
        String password = null;
        if (!found.isEmpty()) {
            Map<String, Object> user = found.get(0);
            Object attrs = user.get("attributes");
            Object tenants = attrs instanceof Map<?, ?> m ? m.get("tenant") : null;
            if (!(tenants instanceof List<?> l) || !l.contains(tenantSlug)) {
                throw new ProblemException(
                        ProblemCode.ADMIN_EMAIL_TAKEN, "adminEmail: " + email + " already belongs to another account");
            }
            id = (String) user.get("id");
            username = (String) user.get("username");
        } else {
            password = temporaryPassword();
            username = email;
            Map<String, Object> user = Map.of(
                    "username",
                    email,
                    "email",
                    email,
                    "enabled",
                    true,
                    "emailVerified",
                    true,
                    "attributes",
                    Map.of("tenant", List.of(tenantSlug)),
                    "credentials",
                    List.of(Map.of("type", "password", "value", password, "temporary", true)),
                    "requiredActions",
                    List.of("UPDATE_PASSWORD", "UPDATE_PROFILE"));
            HttpResponse<?> created = http.toBlocking()
                    .exchange(HttpRequest.POST("/admin/realms/" + realm + "/users", user)
                            .bearerAuth(token));
            String location = created.header("Location");
            id = location.substring(location.lastIndexOf('/') + 1);
        }
        Map<String, Object> role = http.toBlocking()
                .retrieve(
                        HttpRequest.GET("/admin/realms/" + realm + "/roles/" + Roles.TENANT_ADMIN)
                                .bearerAuth(token),
                        Argument.mapOf(String.class, Object.class));
        http.toBlocking()
                .exchange(HttpRequest.POST(
                                "/admin/realms/" + realm + "/users/" + id + "/role-mappings/realm", List.of(role))
                        .bearerAuth(token));
        return new AdminAccount(username, password);
    }

    /**
     * The tenant's first admin as Keycloak has it: found by the e-mail, and only when the account carries this tenant;
     * {@code invitationPending} while a temporary password waits to be replaced.
     */
    public record AdminState(String username, boolean enabled, boolean invitationPending) {}

    public java.util.Optional<AdminState> adminOf(String tenantSlug, String email) {
        return accountOf(serviceToken(), tenantSlug, email)
                .map(u -> new AdminState(
                        (String) u.get("username"),
                        Boolean.TRUE.equals(u.get("enabled")),
                        u.get("requiredActions") instanceof List<?> l && l.contains("UPDATE_PASSWORD")));
    }

    /**
     * A fresh invitation for the tenant's first admin: a new temporary password (the old one stops working) that
     * Keycloak asks to replace at the next sign-in. 404 when the tenant's admin has no account here.
     */
    public AdminAccount resetAdminPassword(String tenantSlug, String email) {
        String token = serviceToken();
        Map<String, Object> user = accountOf(token, tenantSlug, email)
                .orElseThrow(() -> ProblemException.notFound("admin account of " + tenantSlug));
        String password = temporaryPassword();
        http.toBlocking()
                .exchange(HttpRequest.PUT(
                                "/admin/realms/" + realm + "/users/" + user.get("id") + "/reset-password",
                                Map.of("type", "password", "value", password, "temporary", true))
                        .bearerAuth(token));
        return new AdminAccount((String) user.get("username"), password);
    }

    private java.util.Optional<Map<String, Object>> accountOf(String token, String tenantSlug, String email) {
        List<Map<String, Object>> found = http.toBlocking()
                .retrieve(
                        HttpRequest.GET("/admin/realms/" + realm + "/users?exact=true&briefRepresentation=false&email="
                                        + encode(email))
                                .bearerAuth(token),
                        Argument.listOf(Argument.mapOf(String.class, Object.class)));
        return found.stream()
                .filter(u -> u.get("attributes") instanceof Map<?, ?> a
                        && a.get("tenant") instanceof List<?> t
                        && t.contains(tenantSlug))
                .findFirst();
    }

    /** A person of a tenant: username, display name and the realm roles they hold. */
    public record TenantUser(String username, String name, List<String> roles) {}

    /** Every enabled user that carries the tenant, with their realm roles (one Admin API call per user). */
    public List<TenantUser> usersOf(String tenantSlug) {
        String token = serviceToken();
        List<Map<String, Object>> users = http.toBlocking()
                .retrieve(
                        HttpRequest.GET("/admin/realms/" + realm + "/users?briefRepresentation=false&max=1000&q="
                                        + encode("tenant:" + tenantSlug))
                                .bearerAuth(token),
                        Argument.listOf(Argument.mapOf(String.class, Object.class)));
        List<TenantUser> result = new ArrayList<>();
        for (Map<String, Object> user : users) {
            Object attrs = user.get("attributes");
            Object tenants = attrs instanceof Map<?, ?> m ? m.get("tenant") : null;
            if (!Boolean.TRUE.equals(user.get("enabled"))
                    || !(tenants instanceof List<?> l)
                    || !l.contains(tenantSlug)) {
                continue;
            }
            List<Map<String, Object>> roles = http.toBlocking()
                    .retrieve(
                            HttpRequest.GET("/admin/realms/" + realm + "/users/" + user.get("id")
                                            + "/role-mappings/realm")
                                    .bearerAuth(token),
                            Argument.listOf(Argument.mapOf(String.class, Object.class)));
            String first = (String) user.getOrDefault("firstName", "");
            String last = (String) user.getOrDefault("lastName", "");
            String name = (first + " " + last).strip();
            String username = (String) user.get("username");
            result.add(new TenantUser(
                    username,
                    name.isEmpty() ? username : name,
                    roles.stream().map(r -> (String) r.get("name")).toList()));
        }
        return result;
    }

    private String serviceToken() {
        Map<String, Object> body = http.toBlocking()
                .retrieve(
                        HttpRequest.POST(
                                        "/realms/" + realm + "/protocol/openid-connect/token",
                                        Map.of(
                                                "grant_type",
                                                "client_credentials",
                                                "client_id",
                                                clientId,
                                                "client_secret",
                                                clientSecret))
                                .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE),
                        Argument.mapOf(String.class, Object.class));
        return (String) body.get("access_token");
    }

    private static String encode(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static String temporaryPassword() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            b.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return b.toString();
    }
}
