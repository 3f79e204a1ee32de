package app.rapport.directory;

import app.rapport.api.common.PageView;
import app.rapport.api.directory.BulkCarePlan;
import app.rapport.api.directory.BulkHandover;
import app.rapport.api.directory.BulkResult;
import app.rapport.api.directory.ClientFilter;
import app.rapport.api.directory.DirectoryEntry;
import app.rapport.api.directory.DirectoryOperations;
import app.rapport.api.directory.SavedView;
import app.rapport.api.directory.SavedViewWrite;
import app.rapport.api.lifecycle.Stage;
import app.rapport.platform.security.Roles;
import app.rapport.platform.web.Paging;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;

/**
 * The client list. Everyone in the tenant reads it and keeps their own saved views (service staff without revenue);
 * handing clients over and planning care for a selection is for account managers and admins, as one by one.
 */
@Controller("/api/v1/directory")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Roles.TENANT_ADMIN, Roles.ACCOUNT_MANAGER, Roles.SERVICE_STAFF})
@Tag(name = "directory")
@SecurityRequirement(name = "bearer")
class DirectoryController implements DirectoryOperations {
    static final int MAX_PAGE_SIZE = 500;

    private final Directory directory;
    private final SavedViews views;
    private final Selections selections;

    DirectoryController(Directory directory, SavedViews views, Selections selections) {
        this.directory = directory;
        this.views = views;
        this.selections = selections;
    }

    @Operation(
            summary = "Clients with tier, stage, owner, 12-month revenue and last contact; filtered, sorted, paged",
            description = "tier and owner take '-' for none; mine=true keeps the caller's own clients; silentDays keeps"
                    + " clients without a touchpoint or a care action done for at least that many days (or never);"
                    + " sort: name, city, tier, stage, owner, revenue12m, lastContactAt, createdAt, updatedAt, '-' for"
                    + " descending. Service staff get no revenue and cannot sort by it.")
    @Override
    public PageView<DirectoryEntry> list(
            @Nullable @Size(max = 200) String q,
            @Nullable @Size(max = 36) String tier,
            @Nullable Stage stage,
            @Nullable @Size(max = 100) String owner,
            @Nullable Boolean mine,
            @Nullable @Min(1) @Max(3650) Integer silentDays,
            @Nullable Integer page,
            @Nullable Integer size,
            @Nullable String sort) {
        Paging paging = Paging.of(page, size, MAX_PAGE_SIZE);
        ClientFilter filter = new ClientFilter(q, tier, stage, owner, Boolean.TRUE.equals(mine), silentDays, sort);
        return directory.page(filter, paging.page(), paging.size());
    }

    @Operation(summary = "The caller's saved client-list views, by name")
    @Override
    public List<SavedView> views() {
        return views.mine();
    }

    @Operation(summary = "One of the caller's saved views (another member's is not found)")
    @Override
    public SavedView view(String id) {
        return views.one(id);
    }

    @Operation(summary = "Save the current filters and order under a name (409 name-taken when the name is used)")
    @Override
    public HttpResponse<SavedView> saveView(@Valid SavedViewWrite view) {
        SavedView saved = views.save(view);
        return HttpResponse.created(saved, URI.create("/api/v1/directory/views/" + saved.id()));
    }

    @Operation(summary = "Delete one of the caller's saved views")
    @Override
    public HttpResponse<Void> deleteView(String id) {
        views.delete(id);
        return HttpResponse.noContent();
    }

    @Secured({Roles.TENANT_ADMIN, Roles.ACCOUNT_MANAGER})
    @Operation(summary = "Hand the selected clients to one member, all or none (the refusing client is named)")
    @Override
    public HttpResponse<BulkResult> handOver(@Valid BulkHandover handover) {
        return HttpResponse.ok(selections.handOver(handover));
    }

    @Secured({Roles.TENANT_ADMIN, Roles.ACCOUNT_MANAGER})
    @Operation(summary = "Plan the same care action for each selected client, all or none")
    @Override
    public HttpResponse<BulkResult> planCare(@Valid BulkCarePlan plan) {
        return HttpResponse.ok(selections.planCare(plan));
    }
}
