package app.rapport.directory;

import app.rapport.api.care.CareActionWrite;
import app.rapport.api.care.CareKind;
import app.rapport.api.client.ClientView;
import app.rapport.api.directory.BulkCarePlan;
import app.rapport.api.directory.BulkHandover;
import app.rapport.api.directory.ClientFilter;
import app.rapport.api.directory.SavedView;
import app.rapport.api.directory.SavedViewWrite;
import app.rapport.support.Fixtures;
import app.rapport.support.RoleMatrix.Endpoint;
import app.rapport.support.RoleMatrixTest;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import java.time.LocalDate;
import java.util.List;

/**
 * Every role against the client list: everyone reads it and keeps views of their own (staff without revenue); a view
 * is found by its member only; account managers and admins act on a selection.
 */
class DirectoryRoleMatrixTest extends RoleMatrixTest {
    private static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint("GET /directory", 401, 403, 200, 200, 200),
            new Endpoint("GET /directory?sort=-revenue12m", 401, 403, 200, 200, 400),
            new Endpoint("GET /directory/views", 401, 403, 200, 200, 200),
            new Endpoint("POST /directory/views", 401, 403, 201, 201, 201),
            new Endpoint("GET /directory/views/{view}", 401, 403, 200, 404, 404),
            new Endpoint("DELETE /directory/views/{view}", 401, 403, 204, 404, 404),
            new Endpoint("POST /directory/handovers", 401, 403, 200, 200, 403),
            new Endpoint("POST /directory/care-plans", 401, 403, 200, 200, 403));

    @Override
    protected List<Endpoint> endpoints() {
        return ENDPOINTS;
    }

    @Override
    protected MutableHttpRequest<?> request(HttpMethod method, String endpointPath) {
        ClientView client = made("/clients", Fixtures.person(Fixtures.unique("Matrix Listed")), ClientView.class);
        String path = endpointPath;
        if (path.contains("{view}")) {
            SavedView v = made("/directory/views", view(), SavedView.class);
            path = path.replace("{view}", v.id());
        }
        path = "/api/v1" + path;
        MutableHttpRequest<Object> r = HttpRequest.create(method, path);
        if (path.endsWith("/views") && method == HttpMethod.POST) {
            r.body(view());
        } else if (path.endsWith("/handovers")) {
            r.body(new BulkHandover(List.of(client.id()), "harbour.manager"));
        } else if (path.endsWith("/care-plans")) {
            r.body(new BulkCarePlan(
                    List.of(client.id()),
                    new CareActionWrite(
                            CareKind.CALL, "Matrix call", LocalDate.now().plusDays(2), null, null, null)));
        }
        return r;
    }

    private static SavedViewWrite view() {
        return new SavedViewWrite(
                Fixtures.unique("Matrix view"), new ClientFilter(null, null, null, null, true, 30, "-lastContactAt"));
    }
}
