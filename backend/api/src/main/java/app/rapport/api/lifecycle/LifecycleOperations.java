package app.rapport.api.lifecycle;

import app.rapport.api.care.Assignment;
import app.rapport.api.common.PageView;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import java.time.LocalDate;
import java.util.List;

/**
 * Stages, suggestions, strategies (playbook), owners, the portfolio and the timeline.
 *
 * <p>The contract: each route is declared here once; the server's controller implements it and the declarative
 * client extends it.
 */
public interface LifecycleOperations {
    @Get("/clients/{clientId}/stage")
    StageView stage(@PathVariable String clientId);

    @Post("/clients/{clientId}/stage-changes")
    HttpResponse<StageView> changeStage(@PathVariable String clientId, @Body StageChangeWrite change);

    @Put("/clients/{clientId}/owner")
    HttpResponse<StageView> assignOwner(@PathVariable String clientId, @Body Assignment assignment);

    @Post("/clients/{clientId}/signals")
    HttpResponse<StageView> computeSignals(@PathVariable String clientId);

    @Get("/suggestions")
    List<SuggestionView> suggestions(@Nullable @QueryValue String owner);

    @Post("/suggestions/computations")
    HttpResponse<SignalRun> computeAll();

    @Post("/suggestions/{id}/acceptance")
    HttpResponse<StageView> accept(@PathVariable String id, @Body SuggestionDecision decision);

    @Post("/suggestions/{id}/dismissal")
    HttpResponse<SuggestionView> dismiss(@PathVariable String id, @Body SuggestionDecision decision);

    @Get("/playbook")
    List<PlaybookStepView> playbook();

    @Get("/playbook/{id}")
    PlaybookStepView playbookStep(@PathVariable String id);

    @Post("/playbook")
    HttpResponse<PlaybookStepView> addStep(@Body PlaybookStepWrite step);

    @Put("/playbook/{id}")
    HttpResponse<PlaybookStepView> changeStep(@PathVariable String id, @Body PlaybookStepWrite step);

    @Delete("/playbook/{id}")
    HttpResponse<Void> removeStep(@PathVariable String id);

    @Get("/portfolio")
    Portfolio portfolio(@Nullable @QueryValue String owner);

    @Get("/clients/{clientId}/timeline")
    PageView<TimelineEntry> timeline(
            @PathVariable String clientId,
            @Nullable @QueryValue TimelineKind kind,
            @Nullable @QueryValue LocalDate from,
            @Nullable @QueryValue LocalDate to,
            @Nullable @QueryValue Integer page,
            @Nullable @QueryValue Integer size);
}
