package app.rapport.api.complaint;

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
 * Complaints and their eight steps under {@code /api/v1}. Each step is a transition the server guards: it answers
 * 409 {@code invalid-status} when the complaint is not at that step (the loser of a race gets it too) and 403 when the
 * reader may not take it.
 *
 * <p>The contract: each route is declared here once; the server's controller implements it and the declarative
 * client extends it.
 */
public interface ComplaintOperations {
    @Post("/complaints")
    HttpResponse<ComplaintView> record(@Body ComplaintWrite complaint);

    /** A page of complaints of a queue (default OPEN), optionally of one status or department, worst first. */
    @Get("/complaints")
    PageView<ComplaintCard> complaints(
            @Nullable @QueryValue ComplaintQueue queue,
            @Nullable @QueryValue ComplaintStatus status,
            @Nullable @QueryValue String department,
            @Nullable @QueryValue Integer page,
            @Nullable @QueryValue Integer size);

    /** Complaints received from..to (default: the last 12 months to today), counted by a dimension. */
    @Get("/complaints/statistics")
    ComplaintStatistics statistics(
            @QueryValue ComplaintDimension by,
            @Nullable @QueryValue java.time.LocalDate from,
            @Nullable @QueryValue java.time.LocalDate to);

    @Get("/complaints/{id}")
    ComplaintView complaint(@PathVariable String id);

    @Get("/clients/{clientId}/complaints")
    List<ComplaintCard> ofClient(@PathVariable String clientId);

    @Post("/complaints/{id}/verdict")
    HttpResponse<ComplaintView> judge(@PathVariable String id, @Body Verdict verdict);

    @Post("/complaints/{id}/department")
    HttpResponse<ComplaintView> assign(@PathVariable String id, @Body DepartmentAssignment assignment);

    @Post("/complaints/{id}/analysis")
    HttpResponse<ComplaintView> analyse(@PathVariable String id, @Body CauseAnalysis analysis);

    @Post("/complaints/{id}/remedy")
    HttpResponse<ComplaintView> propose(@PathVariable String id, @Body RemedyProposal proposal);

    @Post("/complaints/{id}/remedy/decision")
    HttpResponse<ComplaintView> decide(@PathVariable String id, @Body RemedyDecision decision);

    @Put("/complaints/{id}/recovery/{item}")
    HttpResponse<ComplaintView> recover(
            @PathVariable String id, @PathVariable RecoveryItem item, @Body RecoveryWrite recovery);

    @Post("/complaints/{id}/accountability")
    HttpResponse<ComplaintView> account(@PathVariable String id, @Body Accountability accountability);

    @Post("/complaints/{id}/notice")
    HttpResponse<ComplaintView> notifyClient(@PathVariable String id, @Body ClientNotice notice);

    @Post("/complaints/{id}/feedback")
    HttpResponse<ComplaintView> feedback(@PathVariable String id, @Body ClientFeedback feedback);

    @Post("/complaints/{id}/resolution")
    HttpResponse<ComplaintView> resolve(@PathVariable String id);

    @Post("/complaints/{id}/summary")
    HttpResponse<ComplaintView> close(@PathVariable String id, @Body ComplaintSummary summary);

    @Post("/complaints/{id}/hold")
    HttpResponse<ComplaintView> hold(@PathVariable String id, @Body app.rapport.api.sla.HoldWrite hold);

    @Post("/complaints/{id}/release")
    HttpResponse<ComplaintView> release(@PathVariable String id);

    @Post("/complaints/{id}/reopening")
    HttpResponse<ComplaintView> reopen(@PathVariable String id, @Body Reopening reopening);
}
