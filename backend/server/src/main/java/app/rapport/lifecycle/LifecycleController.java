package app.rapport.lifecycle;

import app.rapport.api.care.Assignment;
import app.rapport.api.common.FieldCode;
import app.rapport.api.common.PageView;
import app.rapport.api.lifecycle.LifecycleOperations;
import app.rapport.api.lifecycle.PlaybookStepView;
import app.rapport.api.lifecycle.PlaybookStepWrite;
import app.rapport.api.lifecycle.Portfolio;
import app.rapport.api.lifecycle.SignalRun;
import app.rapport.api.lifecycle.StageChangeWrite;
import app.rapport.api.lifecycle.StageView;
import app.rapport.api.lifecycle.SuggestionDecision;
import app.rapport.api.lifecycle.SuggestionView;
import app.rapport.api.lifecycle.TimelineEntry;
import app.rapport.api.lifecycle.TimelineKind;
import app.rapport.care.ClientOwners;
import app.rapport.platform.security.Roles;
import app.rapport.platform.web.Items;
import app.rapport.platform.web.Paging;
import app.rapport.platform.web.ProblemException;
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
import java.time.LocalDate;
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
class LifecycleController implements LifecycleOperations {
    static final int MAX_TIMELINE_PAGE = 200;

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

    @Operation(summary = "The client's stage, owner, time in each stage, stage history and open suggestion")
    @Override
    public StageView stage(String clientId) {
        return stages.view(clientId);
    }

    @Secured({Roles.TENANT_ADMIN, Roles.ACCOUNT_MANAGER})
    @Operation(summary = "Move the client to another stage with a reason (a jump over a stage needs a longer one)")
    @Override
    public HttpResponse<StageView> changeStage(String clientId, @Valid StageChangeWrite change) {
        return HttpResponse.ok(stages.change(clientId, change.to(), change.reason(), null));
    }

    @Secured({Roles.TENANT_ADMIN, Roles.ACCOUNT_MANAGER})
    @Operation(summary = "Hand the client to a member whose role the client's tier allows")
    @Override
    public HttpResponse<StageView> assignOwner(String clientId, @Valid Assignment assignment) {
        owners.assign(clientId, assignment.owner());
        return HttpResponse.ok(stages.view(clientId));
    }

    @Secured({Roles.TENANT_ADMIN, Roles.ACCOUNT_MANAGER})
    @Operation(summary = "Compute the client's signals now; the stage view carries any suggestion")
    @Override
    public HttpResponse<StageView> computeSignals(String clientId) {
        return HttpResponse.ok(suggestions.computeFor(clientId));
    }

    @Secured({Roles.TENANT_ADMIN, Roles.ACCOUNT_MANAGER})
    @Operation(summary = "Open stage suggestions, newest first; owner= limits them to one owner's clients")
    @Override
    public List<SuggestionView> suggestions(@Nullable String owner) {
        return suggestions.open(owner);
    }

    @Secured({Roles.TENANT_ADMIN, Roles.ACCOUNT_MANAGER})
    @Operation(summary = "Compute every client's signals now (the nightly run on demand)")
    @Override
    public HttpResponse<SignalRun> computeAll() {
        return HttpResponse.ok(suggestions.computeAll());
    }

    @Secured({Roles.TENANT_ADMIN, Roles.ACCOUNT_MANAGER})
    @Operation(summary = "Accept a suggestion: the client moves, the new stage's playbook is scheduled")
    @Override
    public HttpResponse<StageView> accept(String id, @Valid SuggestionDecision decision) {
        return HttpResponse.ok(suggestions.accept(id, decision));
    }

    @Secured({Roles.TENANT_ADMIN, Roles.ACCOUNT_MANAGER})
    @Operation(summary = "Dismiss a suggestion with a reason; it is not made again for 30 days")
    @Override
    public HttpResponse<SuggestionView> dismiss(String id, @Valid SuggestionDecision decision) {
        return HttpResponse.ok(suggestions.dismiss(id, decision));
    }

    @Operation(summary = "Strategies: every stage's playbook steps, general and per tier")
    @Override
    public List<PlaybookStepView> playbook() {
        return playbook.all();
    }

    @Operation(summary = "One strategy step")
    @Override
    public PlaybookStepView playbookStep(String id) {
        return Items.one(playbook.all(), PlaybookStepView::id, id, "playbook step");
    }

    @Secured(Roles.TENANT_ADMIN)
    @Override
    public HttpResponse<PlaybookStepView> addStep(@Valid PlaybookStepWrite step) {
        PlaybookStepView view = playbook.add(step);
        return HttpResponse.created(view, URI.create("/api/v1/playbook/" + view.id()));
    }

    @Secured(Roles.TENANT_ADMIN)
    @Override
    public HttpResponse<PlaybookStepView> changeStep(String id, @Valid PlaybookStepWrite step) {
        return HttpResponse.ok(playbook.change(id, step));
    }

    @Secured(Roles.TENANT_ADMIN)
    @Override
    public HttpResponse<Void> removeStep(String id) {
        playbook.remove(id);
        return HttpResponse.noContent();
    }

    @Secured({Roles.TENANT_ADMIN, Roles.ACCOUNT_MANAGER})
    @Operation(
            summary =
                    "Clients by stage × tier with value, and stage movement in the last 90 days; owner= for one portfolio")
    @Override
    public Portfolio portfolio(@Nullable String owner) {
        return portfolios.of(owner);
    }

    @Operation(
            summary = "Touchpoints, care actions, stage and tier changes, purchases, dialogue and offers, newest first;"
                    + " one kind, a period (from/to: days in the tenant's time zone, both included), paged")
    @Override
    public PageView<TimelineEntry> timeline(
            String clientId,
            @Nullable TimelineKind kind,
            @Nullable LocalDate from,
            @Nullable LocalDate to,
            @Nullable Integer page,
            @Nullable Integer size) {
        Paging paging = Paging.of(page, size, MAX_TIMELINE_PAGE);
        if (from != null && to != null && to.isBefore(from)) {
            throw ProblemException.badField("to", FieldCode.MIN, "value", from.toString());
        }
        return timeline.of(clientId, kind, from, to, paging.page(), paging.size());
    }
}
