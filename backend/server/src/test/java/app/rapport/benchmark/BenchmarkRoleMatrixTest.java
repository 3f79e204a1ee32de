package app.rapport.benchmark;

import app.rapport.api.benchmark.Dimension;
import app.rapport.api.benchmark.MeasurementWrite;
import app.rapport.api.benchmark.MetricSource;
import app.rapport.api.benchmark.TargetView;
import app.rapport.api.benchmark.TargetWrite;
import app.rapport.api.care.TouchpointWrite;
import app.rapport.api.client.ClientView;
import app.rapport.api.common.Channel;
import app.rapport.support.DesignFixtures;
import app.rapport.support.Fixtures;
import app.rapport.support.RoleMatrix.Endpoint;
import app.rapport.support.RoleMatrixTest;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;

/**
 * Every role against every benchmark endpoint: tenant admins and account managers read the board; admins change any
 * target, account managers only those they own ({mine}); service staff and the operator get nothing.
 */
class BenchmarkRoleMatrixTest extends RoleMatrixTest {
    private static final String METRIC = "Matrix metric";
    private static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint("GET /benchmark-targets", 401, 403, 200, 200, 403),
            new Endpoint("POST /benchmark-targets", 401, 403, 201, 201, 403),
            new Endpoint("GET /benchmark-targets/{target}", 401, 403, 200, 200, 403),
            new Endpoint("PUT /benchmark-targets/{target}", 401, 403, 200, 403, 403),
            new Endpoint("PUT /benchmark-targets/{mine}", 401, 403, 200, 200, 403),
            new Endpoint("DELETE /benchmark-targets/{target}", 401, 403, 204, 403, 403),
            new Endpoint("DELETE /benchmark-targets/{mine}", 401, 403, 204, 204, 403),
            new Endpoint("POST /benchmark-targets/{target}/measurements", 401, 403, 201, 403, 403),
            new Endpoint("POST /benchmark-targets/{mine}/measurements", 401, 403, 201, 201, 403),
            new Endpoint("DELETE /benchmark-targets/{mine}/measurements/{measurement}", 401, 403, 200, 200, 403),
            new Endpoint("POST /benchmark-targets/{computed}/computation", 401, 403, 200, 200, 403),
            new Endpoint("POST /benchmark-targets/computations", 401, 403, 200, 200, 403));

    @Override
    protected List<Endpoint> endpoints() {
        return ENDPOINTS;
    }

    /** The matrix's targets go again, so that other tests' boards do not carry them. */
    @AfterAll
    void removeMatrixTargets() {
        items(send("harbour.admin", HttpRequest.GET("/api/v1/benchmark-targets?size=200")), TargetView.class).stream()
                .filter(t -> t.metric().equals(METRIC))
                .forEach(t -> send("harbour.admin", HttpRequest.DELETE("/api/v1/benchmark-targets/" + t.id())));
    }

    private static TargetWrite manual(String owner) {
        return DesignFixtures.days(
                METRIC,
                Dimension.RELIABILITY,
                20,
                LocalDate.now().minusDays(20),
                10,
                LocalDate.now().plusDays(40),
                "Rival",
                12,
                owner);
    }

    @Override
    protected MutableHttpRequest<?> request(HttpMethod method, String path) {
        if (path.contains("{target}")) {
            path = path.replace(
                    "{target}",
                    made("/benchmark-targets", manual("harbour.admin"), TargetView.class)
                            .id());
        }
        if (path.contains("{mine}")) {
            TargetView mine = made("/benchmark-targets", manual("harbour.manager"), TargetView.class);
            if (path.contains("{measurement}")) {
                TargetView measured = made(
                        "/benchmark-targets/" + mine.id() + "/measurements",
                        new MeasurementWrite(LocalDate.now(), BigDecimal.valueOf(15), null),
                        TargetView.class);
                path = path.replace(
                        "{measurement}", measured.measurements().getFirst().id());
            }
            path = path.replace("{mine}", mine.id());
        }
        if (path.contains("{computed}")) {
            ClientView c = made("/clients", Fixtures.person(Fixtures.unique("Matrix Rater")), ClientView.class);
            made(
                    "/touchpoints",
                    new TouchpointWrite(c.id(), Channel.PHONE, "Rated", null, null, 4, null, null, null, null, null),
                    Object.class);
            TargetWrite reaction =
                    DesignFixtures.computed(METRIC, MetricSource.AVERAGE_REACTION, null, "3", "4.8", "harbour.admin");
            path = path.replace(
                    "{computed}",
                    made("/benchmark-targets", reaction, TargetView.class).id());
        }
        MutableHttpRequest<Object> r = HttpRequest.create(method, "/api/v1" + path);
        if (method == HttpMethod.PUT || path.endsWith("/benchmark-targets") && method == HttpMethod.POST) {
            r.body(manual(path.endsWith("/benchmark-targets") ? "harbour.manager" : ownerOf(path)));
        } else if (path.endsWith("/measurements")) {
            r.body(new MeasurementWrite(LocalDate.now(), BigDecimal.valueOf(14), "matrix"));
        }
        return r;
    }

    private String ownerOf(String path) {
        return read(send("harbour.admin", HttpRequest.GET("/api/v1" + path)), TargetView.class)
                .owner();
    }
}
