package app.rapport.api.care;

import app.rapport.api.common.PageView;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import java.util.List;

/**
 * Care actions, "my day", the team view, touchpoints and the tenant's members.
 *
 * <p>The contract: each route is declared here once; the server's controller implements it and the declarative
 * client extends it.
 */
public interface CareOperations {
    @Get("/clients/{clientId}/care-actions")
    List<CareActionView> ofClient(@PathVariable String clientId);

    @Post("/clients/{clientId}/care-actions")
    HttpResponse<CareActionView> plan(@PathVariable String clientId, @Body CareActionWrite action);

    @Get("/care-actions/{id}")
    CareActionView action(@PathVariable String id);

    @Post("/care-actions/{id}/completion")
    HttpResponse<CareActionView> complete(@PathVariable String id, @Body CareCompletion completion);

    @Post("/care-actions/{id}/skip")
    HttpResponse<CareActionView> skip(@PathVariable String id, @Body CareSkip skip);

    @Put("/care-actions/{id}/owner")
    HttpResponse<CareActionView> reassign(@PathVariable String id, @Body Assignment assignment);

    @Post("/care-actions/reassignment")
    HttpResponse<ReassignmentResult> reassignAll(@Body BulkReassignment reassignment);

    /** Open actions of one owner (or all, or unassigned with owner=-), soonest due first. */
    @Get("/care-actions/open")
    PageView<CareActionView> open(
            @Nullable @QueryValue String owner, @Nullable @QueryValue Integer page, @Nullable @QueryValue Integer size);

    @Get("/care-actions/my-day")
    MyDay myDay();

    @Get("/care-actions/team")
    TeamView team(@Nullable @QueryValue Integer days);

    @Post("/care-actions/replenishment")
    HttpResponse<ReplenishmentPlan> planReplenishment(@Nullable @QueryValue Integer withinDays);

    @Post("/touchpoints")
    HttpResponse<TouchpointView> log(@Body TouchpointWrite touchpoint);

    @Get("/clients/{clientId}/touchpoints")
    List<TouchpointView> touchpoints(@PathVariable String clientId);

    @Get("/clients/{clientId}/touchpoints/{id}")
    TouchpointView touchpoint(@PathVariable String clientId, @PathVariable String id);

    @Get("/team/members")
    List<Member> members();
}
