package app.rapport.bench;

import app.rapport.api.common.ApiClients;
import app.rapport.api.operator.CreateTenant;
import app.rapport.api.operator.OperatorApi;
import app.rapport.testing.Keycloak;
import io.micronaut.http.HttpMessage;
import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The API as the benches call it. Setting a bench up and the commands whose answer it reports go through the typed
 * clients ({@link #as}); the requests a bench times in a loop go through the JDK's HTTP client ({@link #send}), so that
 * their figures measure the server rather than a client library. A refusal stops the bench.
 */
final class BenchApi {
    private static final Pattern NUMBER = Pattern.compile("\"([a-zA-Z]+)\":(\\d+)");

    private final String base;
    private final Keycloak keycloak;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final ApiClients clients;

    BenchApi(String base, Keycloak keycloak) {
        this.base = base;
        this.keycloak = keycloak;
        this.clients = ApiClients.at(base, Duration.ofMinutes(10));
        Runtime.getRuntime().addShutdownHook(new Thread(clients::close));
    }

    /** The typed client of one part of the contract. */
    <T> T api(Class<T> type) {
        return clients.get(type);
    }

    /** A JSON text read as one of the contract's types (a demo file, say). */
    <T> T read(String json, Class<T> type) throws IOException {
        return clients.bean(JsonMapper.class).readValue(json, type);
    }

    /** Calls the typed clients as {@code user}. */
    <T> T as(String user, Supplier<T> call) {
        return ApiClients.as(keycloak.token(user), call);
    }

    /** The body of a typed client's answer, as {@code user}. */
    <T> T body(String user, Supplier<? extends HttpMessage<T>> call) {
        return as(user, call).getBody().orElseThrow(() -> new IllegalStateException("no answer for " + user));
    }

    /** A tenant provisioned for a bench, with its schema and a tenant admin. */
    record Tenant(String slug, String schema, String admin) {}

    Tenant tenant(String prefix) throws Exception {
        String slug = prefix + "-" + UUID.randomUUID().toString().substring(0, 6);
        body("operator", () -> api(OperatorApi.class)
                .create(new CreateTenant(slug, "Bench " + slug, slug + "@bench.example")));
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
