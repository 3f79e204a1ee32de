package app.rapport.ui.support;

import app.rapport.api.common.FieldCode;
import app.rapport.api.complaint.DepartmentApi;
import app.rapport.api.complaint.DepartmentView;
import app.rapport.api.complaint.DepartmentWrite;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Departments in memory: a unique name (409), versions (412 when stale), no removal while complaints are open. */
@Singleton
@Requires(env = ViewTest.VIEWS)
@Replaces(DepartmentApi.class)
public class InMemoryDepartments implements DepartmentApi {
    private final Map<String, DepartmentView> stored = new LinkedHashMap<>();
    public final List<String> calls = new ArrayList<>();

    public synchronized DepartmentView add(String name, String lead, List<String> members, int open) {
        DepartmentView d = new DepartmentView(UUID.randomUUID().toString(), name, lead, members, open, 1);
        stored.put(d.id(), d);
        return d;
    }

    @Override
    public synchronized List<DepartmentView> departments() {
        return List.copyOf(stored.values());
    }

    @Override
    public synchronized DepartmentView department(String id) {
        return stored.get(id);
    }

    @Override
    public synchronized HttpResponse<DepartmentView> addDepartment(DepartmentWrite w) {
        calls.add("add " + w.name());
        if (w.name() == null || w.name().isBlank()) {
            return FakeProblems.badField("name", FieldCode.NOT_BLANK);
        }
        if (stored.values().stream().anyMatch(d -> d.name().equals(w.name().strip()))) {
            return FakeProblems.problem(HttpStatus.CONFLICT, "name-taken", List.of());
        }
        return HttpResponse.created(add(w.name().strip(), w.lead(), w.members(), 0));
    }

    @Override
    public synchronized HttpResponse<DepartmentView> changeDepartment(String id, String ifMatch, DepartmentWrite w) {
        calls.add("change " + w.name());
        DepartmentView d = stored.get(id);
        if (!("\"" + d.version() + "\"").equals(ifMatch)) {
            return FakeProblems.problem(HttpStatus.PRECONDITION_FAILED, "stale-version", List.of());
        }
        DepartmentView after =
                new DepartmentView(id, w.name().strip(), w.lead(), w.members(), d.openComplaints(), d.version() + 1);
        stored.put(id, after);
        return HttpResponse.ok(after);
    }

    @Override
    public synchronized HttpResponse<Void> removeDepartment(String id) {
        calls.add("remove " + id);
        if (stored.get(id).openComplaints() > 0) {
            return FakeProblems.problem(HttpStatus.CONFLICT, "department-in-use", List.of());
        }
        stored.remove(id);
        return HttpResponse.noContent();
    }
}
