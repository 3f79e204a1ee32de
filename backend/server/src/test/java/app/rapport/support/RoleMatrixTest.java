package app.rapport.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.rapport.support.RoleMatrix.Endpoint;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A role matrix over a feature's endpoints: every endpoint is sent as nobody, the operator, a tenant admin, an
 * account manager and service staff, and each must get the status its row names. A subclass lists the endpoints and
 * builds each request, making (as the tenant admin) whatever rows the path needs.
 */
public abstract class RoleMatrixTest extends ApiTest {
    protected abstract List<Endpoint> endpoints();

    /** The request for an endpoint's method and path (with its placeholders still in it). */
    protected abstract MutableHttpRequest<?> request(HttpMethod method, String path);

    Stream<Arguments> matrix() {
        return RoleMatrix.rows(endpoints());
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

    /** A row made by the tenant admin (201 expected), read as {@code type}. */
    protected <T> T made(String path, Object body, Class<T> type) {
        Reply r = send("harbour.admin", HttpRequest.POST("/api/v1" + path, body));
        assertEquals(201, r.status(), path + ": " + r.body());
        return read(r, type);
    }
}
