package app.rapport.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import app.rapport.support.RoleMatrix.Endpoint;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A role matrix over a feature's endpoints: every endpoint is sent as nobody, the operator, a tenant admin, an
 * account manager and service staff, and each must get the status its row names. A subclass lists the endpoints and
 * builds each request, making (as the tenant admin) whatever rows the path needs.
 *
 * <p>The same rows are the feature's isolation suite: each request, built with rows of HARBOUR, is sent by NORTHWIND's
 * admin and manager. A route that names a row answers 404 (or refuses the role); a list shows none of those rows; a
 * write whose body names them is refused or answers without them.
 */
public abstract class RoleMatrixTest extends ApiTest {
    private static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final List<String> OTHER_TENANT = List.of("northwind.admin", "northwind.manager");

    /** The ids of every row the tenant admin made for the request being built. */
    private final Set<String> madeIds = new HashSet<>();

    protected abstract List<Endpoint> endpoints();

    /** The request for an endpoint's method and path (with its placeholders still in it). */
    protected abstract MutableHttpRequest<?> request(HttpMethod method, String path);

    Stream<Arguments> matrix() {
        return RoleMatrix.rows(endpoints());
    }

    Stream<Arguments> otherTenant() {
        List<Arguments> rows = new ArrayList<>();
        for (Endpoint e : endpoints()) {
            if (!e.name().split(" ", 2)[1].startsWith("/operator")) { // the operator's routes span tenants by design
                OTHER_TENANT.forEach(user -> rows.add(Arguments.of(e.name(), user)));
            }
        }
        return rows.stream();
    }

    @ParameterizedTest(name = "{0} as {1} -> {2}")
    @MethodSource("matrix")
    void each_role_gets_the_status_it_should(String endpoint, String user, int expected) {
        String[] parts = endpoint.split(" ", 2);
        Reply r = send(RoleMatrix.as(user), request(HttpMethod.valueOf(parts[0]), parts[1]));
        assertEquals(expected, r.status(), endpoint + " as " + user + ": " + r.body());
        String location = r.header("Location");
        if (r.status() == 201 && location != null) {
            // what was created can be read where the answer says it is, by whoever created it
            Reply there = send(RoleMatrix.as(user), HttpRequest.GET(location));
            assertEquals(
                    200, there.status(), endpoint + " as " + user + ": Location " + location + ": " + there.body());
        }
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("otherTenant")
    void the_other_tenant_neither_sees_nor_changes_these_rows(String endpoint, String user) {
        String[] parts = endpoint.split(" ", 2);
        HttpMethod method = HttpMethod.valueOf(parts[0]);
        madeIds.clear();
        MutableHttpRequest<?> request = request(method, parts[1]);
        String sent = request.getBody().map(String::valueOf).orElse("");
        boolean inPath = UUID.matcher(request.getPath()).find();
        boolean inBody = madeIds.stream().anyMatch(sent::contains);
        assumeTrue(
                inPath || inBody || method == HttpMethod.GET,
                "a write that names no row of the other tenant is no attack on it");
        Reply r = send(user, request);
        String what = endpoint + " as " + user + ": " + r.status() + " " + r.body();
        if (inPath) {
            assertTrue(r.status() == 404 || r.status() == 403, what);
            return;
        }
        assertTrue(r.status() < 500, what);
        for (String id : madeIds) {
            assertTrue(sent.contains(id) || !r.body().contains(id), what + " shows " + id);
        }
    }

    /** The id of one of HARBOUR's tiers, giving HARBOUR the fixture thresholds first if it has none. */
    protected String harbourTier() {
        app.rapport.api.tier.TierSettingsView tiers = read(
                send("harbour.admin", HttpRequest.GET("/api/v1/tiers")), app.rapport.api.tier.TierSettingsView.class);
        if (tiers.tiers().isEmpty()) {
            send(
                    "harbour.admin",
                    HttpRequest.PUT("/api/v1/tiers", ValueFixtures.thresholds())
                            .header("If-Match", "\"" + tiers.version() + "\""));
            tiers = read(
                    send("harbour.admin", HttpRequest.GET("/api/v1/tiers")),
                    app.rapport.api.tier.TierSettingsView.class);
        }
        return tiers.tiers().get(0).id();
    }

    /** A row made by the tenant admin (201 expected), read as {@code type}. */
    protected <T> T made(String path, Object body, Class<T> type) {
        Reply r = send("harbour.admin", HttpRequest.POST("/api/v1" + path, body));
        assertEquals(201, r.status(), path + ": " + r.body());
        Matcher ids = UUID.matcher(r.body());
        while (ids.find()) {
            madeIds.add(ids.group());
        }
        return read(r, type);
    }
}
