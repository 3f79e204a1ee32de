package app.rapport.care;

import app.rapport.api.care.Assignment;
import app.rapport.api.care.BulkReassignment;
import app.rapport.api.care.CareActionView;
import app.rapport.api.care.CareActionWrite;
import app.rapport.api.care.CareCompletion;
import app.rapport.api.care.CareSkip;
import app.rapport.api.care.Member;
import app.rapport.api.care.MyDay;
import app.rapport.api.care.ReassignmentResult;
import app.rapport.api.care.ReplenishmentPlan;
import app.rapport.api.care.TeamView;
import app.rapport.api.care.TouchpointView;
import app.rapport.api.care.TouchpointWrite;
import app.rapport.platform.security.Roles;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
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
class CareController {
    private final CareActions actions;
    private final Touchpoints touchpoints;
    private final Members members;

    CareController(CareActions actions, Touchpoints touchpoints, Members members) {
        this.actions = actions;
        this.touchpoints = touchpoints;
        this.members = members;
    }

    @Get("/clients/{clientId}/care-actions")
    @Operation(summary = "A client's care actions: open ones soonest due first, then closed ones")
    List<CareActionView> ofClient(@PathVariable String clientId) {
        return actions.ofClient(clientId);
    }

    @Post("/clients/{clientId}/care-actions")
    @Secured({Roles.TENANT_ADMIN, Roles.ACCOUNT_MANAGER})
    @Operation(summary = "Plan a care action by hand; owner defaults to the client's owner, else the planner")
    HttpResponse<CareActionView> plan(@PathVariable String clientId, @Body @Valid CareActionWrite action) {
        CareActionView view = actions.plan(clientId, action);
        return HttpResponse.created(view, URI.create("/api/v1/care-actions/" + view.id()));
    }

    @Get("/care-actions/{id}")
    CareActionView action(@PathVariable String id) {
        return actions.find(id);
    }

    @Post("/care-actions/{id}/completion")
    @Operation(summary = "Complete a care action with its outcome and the service level delivered; staff: own only")
    CareActionView complete(@PathVariable String id, @Body @Valid CareCompletion completion) {
        return actions.complete(id, completion);
    }

    @Post("/care-actions/{id}/skip")
    @Operation(summary = "Skip a care action with a reason; staff: own only")
    CareActionView skip(@PathVariable String id, @Body @Valid CareSkip skip) {
        return actions.skip(id, skip);
    }

    @Put("/care-actions/{id}/owner")
    @Secured({Roles.TENANT_ADMIN, Roles.ACCOUNT_MANAGER})
    CareActionView reassign(@PathVariable String id, @Body @Valid Assignment assignment) {
        return actions.reassign(id, assignment);
    }

    @Post("/care-actions/reassignment")
    @Secured(Roles.TENANT_ADMIN)
    @Operation(summary = "Hand many open care actions to one member")
    ReassignmentResult reassignAll(@Body @Valid BulkReassignment reassignment) {
        return actions.reassignAll(reassignment);
    }

    @Get("/care-actions/open")
    @Secured({Roles.TENANT_ADMIN, Roles.ACCOUNT_MANAGER})
    @Operation(summary = "Open care actions of an owner (owner=- for unowned, none for all), soonest due first")
    List<CareActionView> open(@Nullable @QueryValue String owner) {
        return actions.open(owner);
    }

    @Get("/care-actions/my-day")
    @Operation(summary = "My open care actions and my role's unowned ones: overdue, due today, next 7 days")
    MyDay myDay() {
        return actions.myDay();
    }

    @Get("/care-actions/team")
    @Secured({Roles.TENANT_ADMIN, Roles.ACCOUNT_MANAGER})
    @Operation(summary = "On-time rate and SURPRISE share per owner over the last days (default 30)")
    TeamView team(@Nullable @QueryValue Integer days) {
        return actions.team(days);
    }

    @Post("/care-actions/replenishment")
    @Secured({Roles.TENANT_ADMIN, Roles.ACCOUNT_MANAGER})
    @Operation(summary = "Plan replenishment actions from the replenishment list (skips what is already planned)")
    ReplenishmentPlan planReplenishment(@Nullable @QueryValue Integer withinDays) {
        return actions.planReplenishment(withinDays);
    }

    @Post("/touchpoints")
    @Operation(
            summary =
                    "Log a touchpoint; client, channel and what happened are required; a follow-up plans a care action")
    HttpResponse<TouchpointView> log(@Body @Valid TouchpointWrite touchpoint) {
        TouchpointView view = touchpoints.log(touchpoint);
        return HttpResponse.created(
                view, URI.create("/api/v1/clients/" + view.clientId() + "/touchpoints/" + view.id()));
    }

    @Get("/clients/{clientId}/touchpoints")
    List<TouchpointView> touchpoints(@PathVariable String clientId) {
        return touchpoints.ofClient(clientId);
    }

    @Get("/team/members")
    @Operation(summary = "The tenant's members who can own clients and care actions")
    List<Member> members() {
        return members.all();
    }
}
