package app.rapport.care;

import app.rapport.api.care.Assignment;
import app.rapport.api.care.BulkReassignment;
import app.rapport.api.care.CareActionView;
import app.rapport.api.care.CareActionWrite;
import app.rapport.api.care.CareCompletion;
import app.rapport.api.care.CareOperations;
import app.rapport.api.care.CareSkip;
import app.rapport.api.care.Member;
import app.rapport.api.care.MyDay;
import app.rapport.api.care.ReassignmentResult;
import app.rapport.api.care.ReplenishmentPlan;
import app.rapport.api.care.TeamView;
import app.rapport.api.care.TouchpointView;
import app.rapport.api.care.TouchpointWrite;
import app.rapport.api.common.PageView;
import app.rapport.platform.security.Roles;
import app.rapport.platform.web.Items;
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
import java.net.URI;
import java.util.List;

/**
 * Care actions, "my day", the team view, touchpoints and members. Everyone reads and logs touchpoints; service staff
 * close their own actions; account managers and admins plan and reassign; only admins reassign in bulk.
 */
@Controller("/api/v1")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Roles.TENANT_ADMIN, Roles.ACCOUNT_MANAGER, Roles.SERVICE_STAFF})
@Tag(name = "care")
@SecurityRequirement(name = "bearer")
class CareController implements CareOperations {
    private final CareActions actions;
    private final Reassignments reassignments;
    private final Touchpoints touchpoints;
    private final Members members;
    private final TeamCare team;
    private final PlanReplenishment replenishment;

    CareController(
            CareActions actions,
            Reassignments reassignments,
            Touchpoints touchpoints,
            Members members,
            TeamCare team,
            PlanReplenishment replenishment) {
        this.actions = actions;
        this.reassignments = reassignments;
        this.touchpoints = touchpoints;
        this.members = members;
        this.team = team;
        this.replenishment = replenishment;
    }

    @Operation(summary = "A client's care actions: open ones soonest due first, then closed ones")
    @Override
    public List<CareActionView> ofClient(String clientId) {
        return actions.ofClient(clientId);
    }

    @Secured({Roles.TENANT_ADMIN, Roles.ACCOUNT_MANAGER})
    @Operation(summary = "Plan a care action by hand; owner defaults to the client's owner, else the planner")
    @Override
    public HttpResponse<CareActionView> plan(String clientId, @Valid CareActionWrite action) {
        CareActionView view = actions.plan(clientId, action);
        return HttpResponse.created(view, URI.create("/api/v1/care-actions/" + view.id()));
    }

    @Override
    public CareActionView action(String id) {
        return actions.find(id);
    }

    @Operation(summary = "Complete a care action with its outcome and the service level delivered; staff: own only")
    @Override
    public HttpResponse<CareActionView> complete(String id, @Valid CareCompletion completion) {
        return HttpResponse.ok(actions.complete(id, completion));
    }

    @Operation(summary = "Skip a care action with a reason; staff: own only")
    @Override
    public HttpResponse<CareActionView> skip(String id, @Valid CareSkip skip) {
        return HttpResponse.ok(actions.skip(id, skip));
    }

    @Secured({Roles.TENANT_ADMIN, Roles.ACCOUNT_MANAGER})
    @Override
    public HttpResponse<CareActionView> reassign(String id, @Valid Assignment assignment) {
        return HttpResponse.ok(reassignments.reassign(id, assignment));
    }

    @Secured(Roles.TENANT_ADMIN)
    @Operation(summary = "Hand many open care actions to one member")
    @Override
    public HttpResponse<ReassignmentResult> reassignAll(@Valid BulkReassignment reassignment) {
        return HttpResponse.ok(reassignments.reassignAll(reassignment));
    }

    @Secured({Roles.TENANT_ADMIN, Roles.ACCOUNT_MANAGER})
    @Operation(summary = "Open care actions of an owner (owner=- for unowned, none for all), soonest due first; paged")
    @Override
    public PageView<CareActionView> open(@Nullable String owner, @Nullable Integer page, @Nullable Integer size) {
        return Items.page(actions.open(owner), Paging.of(page, size, 500));
    }

    @Operation(summary = "My open care actions and my role's unowned ones: overdue, due today, next 7 days")
    @Override
    public MyDay myDay() {
        return actions.myDay();
    }

    @Secured({Roles.TENANT_ADMIN, Roles.ACCOUNT_MANAGER})
    @Operation(summary = "On-time rate and SURPRISE share per owner over the last days (default 30)")
    @Override
    public TeamView team(@Nullable Integer days) {
        return team.of(days);
    }

    @Secured({Roles.TENANT_ADMIN, Roles.ACCOUNT_MANAGER})
    @Operation(summary = "Plan replenishment actions from the replenishment list (skips what is already planned)")
    @Override
    public HttpResponse<ReplenishmentPlan> planReplenishment(@Nullable Integer withinDays) {
        return HttpResponse.ok(replenishment.run(withinDays));
    }

    @Operation(
            summary =
                    "Log a touchpoint; client, channel and what happened are required; a follow-up plans a care action")
    @Override
    public HttpResponse<TouchpointView> log(@Valid TouchpointWrite touchpoint) {
        TouchpointView view = touchpoints.log(touchpoint);
        return HttpResponse.created(
                view, URI.create("/api/v1/clients/" + view.clientId() + "/touchpoints/" + view.id()));
    }

    @Override
    public List<TouchpointView> touchpoints(String clientId) {
        return touchpoints.ofClient(clientId);
    }

    @Operation(summary = "One touchpoint logged for the client")
    @Override
    public TouchpointView touchpoint(String clientId, String id) {
        return Items.one(touchpoints.ofClient(clientId), TouchpointView::id, id, "touchpoint");
    }

    @Operation(summary = "The tenant's members who can own clients and care actions")
    @Override
    public List<Member> members() {
        return members.all();
    }
}
