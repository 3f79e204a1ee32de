package app.rapport.complaint;

import app.rapport.api.complaint.DepartmentOperations;
import app.rapport.api.complaint.DepartmentView;
import app.rapport.api.complaint.DepartmentWrite;
import app.rapport.platform.security.Roles;
import app.rapport.platform.web.ETags;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;

/** Departments: everyone in the tenant reads them (complaints name them); only admins set them up. */
@Controller("/api/v1")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Roles.TENANT_ADMIN, Roles.ACCOUNT_MANAGER, Roles.SERVICE_STAFF})
@Tag(name = "complaints")
@SecurityRequirement(name = "bearer")
class DepartmentController implements DepartmentOperations {
    private final Departments departments;

    DepartmentController(Departments departments) {
        this.departments = departments;
    }

    @Operation(summary = "The departments complaints are assigned to, by name, with their open complaints")
    @Override
    public List<DepartmentView> departments() {
        return departments.all();
    }

    @Operation(summary = "One department, with its open complaints")
    @Override
    public DepartmentView department(String id) {
        return departments.one(id);
    }

    @Secured(Roles.TENANT_ADMIN)
    @Operation(summary = "Add a department: a unique name, a lead and members (members of the tenant)")
    @Override
    public HttpResponse<DepartmentView> addDepartment(@Valid DepartmentWrite department) {
        DepartmentView view = departments.add(department);
        return HttpResponse.created(view, URI.create("/api/v1/departments/" + view.id()))
                .header(HttpHeaders.ETAG, ETags.of(view.version()));
    }

    @Secured(Roles.TENANT_ADMIN)
    @Operation(summary = "Change a department; send the version read as If-Match (412 when stale)")
    @Override
    public HttpResponse<DepartmentView> changeDepartment(
            String id, @Nullable String ifMatch, @Valid DepartmentWrite department) {
        DepartmentView view = departments.change(id, ETags.required(ifMatch, "department"), department);
        return HttpResponse.ok(view).header(HttpHeaders.ETAG, ETags.of(view.version()));
    }

    @Secured(Roles.TENANT_ADMIN)
    @Operation(summary = "Remove a department that holds no complaints")
    @Override
    public HttpResponse<Void> removeDepartment(String id) {
        departments.remove(id);
        return HttpResponse.noContent();
    }
}
