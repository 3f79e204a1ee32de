package app.rapport.support;

import app.rapport.api.common.PageView;
import app.rapport.api.operator.CreateTenant;
import app.rapport.api.operator.TenantView;
import app.rapport.api.tier.TierSettingsView;
import app.rapport.api.tier.TierSettingsWrite;
import app.rapport.testing.Keycloak;
import app.rapport.testing.TestServers;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/**
 * Base of the HTTP tests: a real Rapport server on a random port, the test run's real database and Keycloak, and
 * the two demo tenants provisioned through the operator API. Requests go through a real HTTP client.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class ApiTest implements TestPropertyProvider {
    public static final String HARBOUR = "harbour-hotel";
    public static final String NORTHWIND = "northwind-telecom";
    private static final Map<String, Token> TOKENS = new ConcurrentHashMap<>();

    @Inject
    @Client("/")
    protected HttpClient http;

    @Inject
    protected ObjectMapper json;

    protected static final Keycloak keycloak = Keycloak.ofTestRun();

    private record Token(String value, long fetchedAt) {}

    /** An HTTP answer: status, body text and headers. */
    public record Reply(int status, String body, io.micronaut.http.HttpHeaders headers) {
        public String header(String name) {
            return headers.get(name);
        }
    }

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> p = new HashMap<>(TestServers.get().serverProperties());
        p.put("micronaut.server.port", "-1");
        p.put("rapport.minute.enabled", "false"); // tests run the escalation scan themselves, at chosen instants
        p.put("rapport.nightly.enabled", "false"); // tests tick the nightly runs themselves, at chosen instants
        return p;
    }

    @BeforeAll
    void demoTenants() {
        ensureTenant(HARBOUR, "Harbour Hotel", "harbour.admin@example.test");
        ensureTenant(NORTHWIND, "Northwind Telecom", "northwind.admin@example.test");
    }

    protected void ensureTenant(String slug, String name, String adminEmail) {
        Reply r = send(
                "operator", HttpRequest.POST("/api/v1/operator/tenants", new CreateTenant(slug, name, adminEmail)));
        if (r.status() != 201 && r.status() != 409) {
            throw new IllegalStateException("provisioning " + slug + " answered " + r.status() + ": " + r.body());
        }
        if (r.status() == 409) {
            migrateIfLagging(slug);
        }
    }

    /** A tenant left by an earlier run of older code is migrated first, as an operator would after an upgrade. */
    private void migrateIfLagging(String slug) {
        String path = "/api/v1/operator/tenants/" + slug;
        if (read(send("operator", HttpRequest.GET(path)), TenantView.class).schemaCurrent()) {
            return;
        }
        send("operator", HttpRequest.POST("/api/v1/operator/tenants/migrations", ""));
        for (int i = 0; i < 300; i++) {
            if (read(send("operator", HttpRequest.GET(path)), TenantView.class).schemaCurrent()) {
                return;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        throw new IllegalStateException("tenant " + slug + " was not migrated within 30 s");
    }

    protected String token(String user) {
        // one login at a time: Keycloak refuses some of several parallel password grants of one user
        // ("Invalid user credentials"), which the parallel-request tests would otherwise meet now and then
        synchronized (TOKENS) {
            Token t = TOKENS.get(user);
            if (t == null || System.currentTimeMillis() - t.fetchedAt > 200_000) {
                t = new Token(keycloak.token(user), System.currentTimeMillis());
                TOKENS.put(user, t);
            }
            return t.value;
        }
    }

    /** Sends as {@code user} (null: no token at all). */
    protected Reply send(String user, MutableHttpRequest<?> request) {
        if (user != null) {
            request.bearerAuth(token(user));
        }
        if (request.getBody().isPresent() && request.getContentType().isEmpty()) {
            request.contentType(MediaType.APPLICATION_JSON_TYPE);
        }
        try {
            HttpResponse<String> r = http.toBlocking().exchange(request, Argument.STRING, Argument.STRING);
            return new Reply(r.code(), r.getBody().orElse(""), r.getHeaders());
        } catch (HttpClientResponseException e) {
            return new Reply(
                    e.code(),
                    e.getResponse().getBody(String.class).orElse(""),
                    e.getResponse().getHeaders());
        }
    }

    /** Replaces the tenant's tier settings as {@code admin} (with the ETag it reads first); fails unless 200. */
    protected TierSettingsView configureTiers(String admin, TierSettingsWrite settings) {
        TierSettingsView now = read(send(admin, HttpRequest.GET("/api/v1/tiers")), TierSettingsView.class);
        Reply r =
                send(admin, HttpRequest.PUT("/api/v1/tiers", settings).header("If-Match", "\"" + now.version() + "\""));
        if (r.status() != 200) {
            throw new IllegalStateException("tier settings refused: " + r.status() + " " + r.body());
        }
        return read(r, TierSettingsView.class);
    }

    /**
     * Sends {@code n} requests at the same moment from {@code n} threads (each waits at a gate until all are ready) and
     * returns every answer: for tests of what parallel writes leave behind.
     */
    protected List<Reply> parallel(int n, Supplier<Reply> request) {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        CountDownLatch gate = new CountDownLatch(1);
        try {
            List<Future<Reply>> answers = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                answers.add(pool.submit(() -> {
                    gate.await();
                    return request.get();
                }));
            }
            gate.countDown();
            List<Reply> replies = new ArrayList<>();
            for (Future<Reply> f : answers) {
                replies.add(f.get(60, TimeUnit.SECONDS));
            }
            return replies;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException(e);
        } finally {
            pool.shutdownNow();
        }
    }

    /** How many of the replies have each status, e.g. {200=1, 409=9}. */
    protected static Map<Integer, Long> statuses(List<Reply> replies) {
        return replies.stream()
                .collect(Collectors.groupingBy(Reply::status, java.util.TreeMap::new, Collectors.counting()));
    }

    /** A 400 problem naming {@code field} with {@code code} among its errors. */
    protected void assertField(Reply r, String field, app.rapport.api.common.FieldCode code) {
        org.junit.jupiter.api.Assertions.assertEquals(400, r.status(), r.body());
        app.rapport.api.common.ProblemView p = read(r, app.rapport.api.common.ProblemView.class);
        org.junit.jupiter.api.Assertions.assertTrue(
                p.errors().stream().anyMatch(e -> e.field().equals(field) && e.code() == code),
                field + " " + code + " in " + r.body());
    }

    protected <T> T read(Reply reply, Class<T> type) {
        try {
            return json.readValue(reply.body(), type);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + reply.body(), e);
        }
    }

    /** The items of a page the API answered (a {@code PageView}), read as {@code type}. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    protected <T> List<T> items(Reply reply, Class<T> type) {
        PageView<T> page = (PageView<T>) read(reply, (Argument) Argument.of(PageView.class, type));
        return page.items();
    }

    protected <T> T read(Reply reply, Argument<T> type) {
        try {
            return json.readValue(reply.body(), type);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + reply.body(), e);
        }
    }

    /** The schema a tenant's data lives in ({@code t_} and its slug, dashes as underscores). */
    protected static String schemaOf(String slug) {
        return "t_" + slug.replace('-', '_');
    }

    /** A direct connection to the test database, for checking what was (not) written. */
    protected static Connection database() throws SQLException {
        TestServers s = TestServers.get();
        return DriverManager.getConnection(
                s.jdbcBaseUrl() + "?useSSL=false&allowPublicKeyRetrieval=true", s.dbUser(), s.dbPassword());
    }

    protected static long count(String sql) {
        try (Connection c = database();
                var st = c.createStatement();
                var rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    protected static void execute(String sql) {
        try (Connection c = database();
                var st = c.createStatement()) {
            st.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
