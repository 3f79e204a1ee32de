package app.rapport.lifecycle;

import app.rapport.api.care.Assignment;
import app.rapport.api.lifecycle.PlaybookStepView;
import app.rapport.api.lifecycle.PlaybookStepWrite;
import app.rapport.api.lifecycle.Portfolio;
import app.rapport.api.lifecycle.SignalRun;
import app.rapport.api.lifecycle.StageChangeWrite;
import app.rapport.api.lifecycle.StageView;
import app.rapport.api.lifecycle.SuggestionDecision;
import app.rapport.api.lifecycle.SuggestionView;
import app.rapport.api.lifecycle.TimelineEntry;
import app.rapport.care.ClientOwners;
import app.rapport.platform.security.Roles;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
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
 * The relationship lifecycle. Everyone reads stages, timelines and strategies; account managers and admins move
 * clients, decide suggestions, assign owners and see portfolios; only admins write strategies.
 */
@Controller("/api/v1")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Roles.TENANT_ADMIN, Roles.ACCOUNT_MANAGER, Roles.SERVICE_STAFF})
@Tag(name = "lifecycle")
@SecurityRequirement(name = "bearer")
class LifecycleController {
    private final Stages stages;
    private final Suggestions suggestions;
    private final Playbook playbook;
    private final Portfolios portfolios;
    private final Timeline timeline;
    private final ClientOwners owners;

    LifecycleController(
            Stages stages,
            Suggestions suggestions,
            Playbook playbook,
            Portfolios portfolios,
            Timeline timeline,
            ClientOwners owners) {
        this.stages = stages;
        this.suggestions = suggestions;
        this.playbook = playbook;
        this.portfolios = portfolios;
        this.timeline = timeline;
        this.owners = owners;
    }

    @Get("/clients/{clientId}/stage")
    @Operation(summary = "The client's stage, owner, time in each stage, stage history and open suggestion")
    StageView stage(@PathVariable String clientId) {
        return stages.view(clientId);
    }

    @Post("/clients/{clientId}/stage-changes")
    @Secured({Roles.TENANT_ADMIN, Roles.ACCOUNT_MANAGER})
    @Operation(summary = "Move the client to another stage with a reason (a jump over a stage needs a longer one)")
    StageView changeStage(@PathVariable String clientId, @Body @Valid StageChangeWrite change) {
        return stages.change(clientId, change.to(), change.reason(), null);
    }

    @Put("/clients/{clientId}/owner")
    @Secured({Roles.TENANT_ADMIN, Roles.ACCOUNT_MANAGER})
    @Operation(summary = "Hand the client to a member whose role the client's tier allows")
    StageView assignOwner(@PathVariable String clientId, @Body @Valid Assignment assignment) {
        owners.assign(clientId, assignment.owner());
        return stages.view(clientId);
    }

    @Post("/clients/{clientId}/signals")
    @Secured({Roles.TENANT_ADMIN, Roles.ACCOUNT_MANAGER})
    @Operation(summary = "Compute the client's signals now; the stage view carries any suggestion")
    StageView computeSignals(@PathVariable String clientId) {
        return suggestions.computeFor(clientId);
    }

    @Get("/suggestions")
    @Secured({Roles.TENANT_ADMIN, Roles.ACCOUNT_MANAGER})
    @Operation(summary = "Open stage suggestions, newest first; owner= limits them to one owner's clients")
    List<SuggestionView> suggestions(@Nullable @QueryValue String owner) {
        return suggestions.open(owner);
    }

    @Post("/suggestions/computations")
    @Secured({Roles.TENANT_ADMIN, Roles.ACCOUNT_MANAGER})
    @Operation(summary = "Compute every client's signals now (the nightly run on demand)")
    SignalRun computeAll() {
        return suggestions.computeAll();
    }

    @Post("/suggestions/{id}/acceptance")
    @Secured({Roles.TENANT_ADMIN, Roles.ACCOUNT_MANAGER})
    @Operation(summary = "Accept a suggestion: the client moves, the new stage's playbook is scheduled")
    StageView accept(@PathVariable String id, @Body @Valid SuggestionDecision decision) {
        return suggestions.accept(id, decision);
    }

    @Post("/suggestions/{id}/dismissal")
    @Secured({Roles.TENANT_ADMIN, Roles.ACCOUNT_MANAGER})
    @Operation(summary = "Dismiss a suggestion with a reason; it is not made again for 30 days")
    SuggestionView dismiss(@PathVariable String id, @Body @Valid SuggestionDecision decision) {
        return suggestions.dismiss(id, decision);
    }

    @Get("/playbook")
    @Operation(summary = "Strategies: every stage's playbook steps, general and per tier")
    List<PlaybookStepView> playbook() {
        return playbook.all();
    }

    @Post("/playbook")
    @Secured(Roles.TENANT_ADMIN)
    HttpResponse<PlaybookStepView> addStep(@Body @Valid PlaybookStepWrite step) {
        PlaybookStepView view = playbook.add(step);
        return HttpResponse.created(view, URI.create("/api/v1/playbook/" + view.id()));
    }

    @Put("/playbook/{id}")
    @Secured(Roles.TENANT_ADMIN)
    PlaybookStepView changeStep(@PathVariable String id, @Body @Valid PlaybookStepWrite step) {
        return playbook.change(id, step);
    }

    @Delete("/playbook/{id}")
    @Secured(Roles.TENANT_ADMIN)
    HttpResponse<Void> removeStep(@PathVariable String id) {
        playbook.remove(id);
        return HttpResponse.noContent();
    }

    @Get("/portfolio")
    @Secured({Roles.TENANT_ADMIN, Roles.ACCOUNT_MANAGER})
    @Operation(
            summary =
                    "Clients by stage × tier with value, and stage movement in the last 90 days; owner= for one portfolio")
    Portfolio portfolio(@Nullable @QueryValue String owner) {
        return portfolios.of(owner);
    }

    @Get("/clients/{clientId}/timeline")
    @Operation(summary = "Touchpoints, care actions, stage and tier changes, purchases and dialogue, newest first")
    List<TimelineEntry> timeline(@PathVariable String clientId) {
        return timeline.of(clientId);
    }
}
