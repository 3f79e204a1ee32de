package app.rapport.testing;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The real Keycloak of the test run: tokens for the demo users, and extra users for a test's own tenants. */
public final class Keycloak {
    public static final String DEMO_PASSWORD = "rapport-demo";
    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");

    private final String url;
    private final HttpClient http = HttpClient.newHttpClient();

    public Keycloak(String url) {
        this.url = url;
    }

    public static Keycloak ofTestRun() {
        return new Keycloak(TestServers.get().keycloakUrl());
    }

    /** An access token through the {@code rapport-cli} client (direct access grant, dev realm only). */
    public String token(String username) {
        return token(username, DEMO_PASSWORD);
    }

    public String token(String username, String password) {
        String body = form(
                "grant_type",
                "password",
                "client_id",
                "rapport-cli",
                "username",
                username,
                "password",
                password,
                "scope",
                "openid");
        return extract(
                ACCESS_TOKEN,
                post("/realms/rapport/protocol/openid-connect/token", body, null, "application/x-www-form-urlencoded"),
                "token for " + username);
    }

    /** Keycloak's base URL, {@code http://host:port}. */
    public String url() {
        return url;
    }

    /**
     * A password grant as {@code client} asks for it, whatever the answer: the status and body, for tests of what the
     * realm refuses.
     */
    public HttpResponse<String> passwordGrant(String client, String username, String password) {
        try {
            return http.send(
                    HttpRequest.newBuilder(URI.create(url + "/realms/rapport/protocol/openid-connect/token"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(form(
                                    "grant_type",
                                    "password",
                                    "client_id",
                                    client,
                                    "username",
                                    username,
                                    "password",
                                    password,
                                    "scope",
                                    "openid")))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Creates a user with the demo password in {@code tenant} (may be null) holding {@code role}; returns its name. */
    public String createUser(String tenant, String role) {
        String admin = adminToken();
        String username = "t-" + UUID.randomUUID().toString().substring(0, 8);
        String attrs = tenant == null ? "{}" : "{\"tenant\":[\"" + tenant + "\"]}";
        String user = """
                {"username":"%s","email":"%s@example.test","firstName":"Test","lastName":"User","enabled":true,
                 "emailVerified":true,"attributes":%s,
                 "credentials":[{"type":"password","value":"%s","temporary":false}]}""".formatted(username, username, attrs, DEMO_PASSWORD);
        post("/admin/realms/rapport/users", user, admin, "application/json");
        String found = get("/admin/realms/rapport/users?exact=true&username=" + username, admin);
        String id = extract(ID, found, "user id");
        String roleJson = get("/admin/realms/rapport/roles/" + role, admin);
        post(
                "/admin/realms/rapport/users/" + id + "/role-mappings/realm",
                "[" + roleJson + "]",
                admin,
                "application/json");
        return username;
    }

    /** A token of the master realm's admin (the dev and test Keycloak's bootstrap admin). */
    private String adminToken() {
        return extract(
                ACCESS_TOKEN,
                post(
                        "/realms/master/protocol/openid-connect/token",
                        form(
                                "grant_type",
                                "password",
                                "client_id",
                                "admin-cli",
                                "username",
                                "admin",
                                "password",
                                "admin"),
                        null,
                        "application/x-www-form-urlencoded"),
                "admin token");
    }

    /** Whether a user with this email exists in the realm, and the tenant it carries. */
    public String userJsonByEmail(String email) {
        String admin = adminToken();
        return get(
                "/admin/realms/rapport/users?exact=true&email=" + URLEncoder.encode(email, StandardCharsets.UTF_8),
                admin);
    }

    private String post(String path, String body, String bearer, String type) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url + path))
                .header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (bearer != null) {
            b.header("Authorization", "Bearer " + bearer);
        }
        return send(b.build());
    }

    private String get(String path, String bearer) {
        return send(HttpRequest.newBuilder(URI.create(url + path))
                .header("Authorization", "Bearer " + bearer)
                .GET()
                .build());
    }

    private String send(HttpRequest request) {
        try {
            HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() >= 300) {
                throw new IllegalStateException(request.uri() + " answered " + r.statusCode() + ": " + r.body());
            }
            return r.body();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String extract(Pattern p, String body, String what) {
        Matcher m = p.matcher(body);
        if (!m.find()) {
            throw new IllegalStateException("no " + what + " in " + body);
        }
        return m.group(1);
    }

    private static String form(String... kv) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < kv.length; i += 2) {
            if (b.length() > 0) {
                b.append('&');
            }
            b.append(kv[i]).append('=').append(URLEncoder.encode(kv[i + 1], StandardCharsets.UTF_8));
        }
        return b.toString();
    }
}
