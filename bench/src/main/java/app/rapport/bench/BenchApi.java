package app.rapport.bench;

import app.rapport.testing.Keycloak;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The API as the benches call it: one request as a user (refused answers stop the bench), numbers read from JSON. */
final class BenchApi {
    private static final Pattern NUMBER = Pattern.compile("\"([a-zA-Z]+)\":(\\d+)");

    private final String base;
    private final Keycloak keycloak;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    BenchApi(String base, Keycloak keycloak) {
        this.base = base;
        this.keycloak = keycloak;
    }

    /** A tenant provisioned for a bench, with its schema and a tenant admin. */
    record Tenant(String slug, String schema, String admin) {}

    Tenant tenant(String prefix) throws Exception {
        String slug = prefix + "-" + UUID.randomUUID().toString().substring(0, 6);
        send(
                "operator",
                "POST",
                "/operator/tenants",
                "{\"slug\":\"%s\",\"displayName\":\"Bench %s\",\"adminEmail\":\"%s@bench.example\"}"
                        .formatted(slug, slug, slug));
        return new Tenant(slug, "t_" + slug.replace('-', '_'), keycloak.createUser(slug, "tenant-admin"));
    }

    String send(String user, String method, String path, String json) throws Exception {
        return send(user, method, path, json, null);
    }

    String send(String user, String method, String path, String json, String ifMatch) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + "/api/v1" + path))
                .timeout(Duration.ofMinutes(5))
                .header("Authorization", "Bearer " + keycloak.token(user))
                .header("Content-Type", "application/json")
                .method(
                        method,
                        json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (ifMatch != null) {
            b.header("If-Match", ifMatch);
        }
        HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() >= 300) {
            throw new IllegalStateException(method + " " + path + ": " + r.statusCode() + " " + r.body());
        }
        return r.body();
    }

    /** The first whole number of a field in a JSON text. */
    static int number(String json, String field) {
        Matcher m = NUMBER.matcher(json);
        while (m.find()) {
            if (m.group(1).equals(field)) {
                return Integer.parseInt(m.group(2));
            }
        }
        throw new IllegalStateException("no " + field + " in " + json);
    }

    static double median(double[] values) {
        double[] s = values.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }
}
