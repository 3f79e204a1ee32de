package app.rapport.complaint;

import app.rapport.api.common.PageView;
import app.rapport.api.complaint.Accountability;
import app.rapport.api.complaint.CauseAnalysis;
import app.rapport.api.complaint.ClientFeedback;
import app.rapport.api.complaint.ClientNotice;
import app.rapport.api.complaint.ComplaintCard;
import app.rapport.api.complaint.ComplaintDimension;
import app.rapport.api.complaint.ComplaintOperations;
import app.rapport.api.complaint.ComplaintQueue;
import app.rapport.api.complaint.ComplaintStatistics;
import app.rapport.api.complaint.ComplaintStatus;
import app.rapport.api.complaint.ComplaintSummary;
import app.rapport.api.complaint.ComplaintView;
import app.rapport.api.complaint.ComplaintWrite;
import app.rapport.api.complaint.DepartmentAssignment;
import app.rapport.api.complaint.RecoveryItem;
import app.rapport.api.complaint.RecoveryWrite;
import app.rapport.api.complaint.RemedyDecision;
import app.rapport.api.complaint.RemedyProposal;
import app.rapport.api.complaint.Reopening;
import app.rapport.api.complaint.Verdict;
import app.rapport.client.Clients;
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
import java.net.URI;
import java.time.LocalDate;
import java.util.List;

/**
 * Complaints: everyone in the tenant records and reads them; who takes each step is the complaint policies' to say
 * (403 {@code not-your-step} / {@code own-remedy}), and a step at the wrong time is 409 {@code wrong-step}.
 */
@Controller("/api/v1")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Roles.TENANT_ADMIN, Roles.ACCOUNT_MANAGER, Roles.SERVICE_STAFF})
@Tag(name = "complaints")
@SecurityRequirement(name = "bearer")
class ComplaintController implements ComplaintOperations {
    private final RecordComplaint record;
    private final HandleComplaint handle;
    private final RecoverFromComplaint recovery;
    private final CloseComplaint close;
    private final ComplaintBoard board;
    private final ComplaintReader reader;
    private final CountComplaints count;
    private final Clients clients;

    ComplaintController(
            RecordComplaint record,
            HandleComplaint handle,
            RecoverFromComplaint recovery,
            CloseComplaint close,
            ComplaintBoard board,
            ComplaintReader reader,
            CountComplaints count,
            Clients clients) {
        this.count = count;
        this.record = record;
        this.handle = handle;
        this.recovery = recovery;
        this.close = close;
        this.board = board;
        this.reader = reader;
        this.clients = clients;
    }

    @Operation(summary = "Record a complaint (step 1): client, channel, what happened and severity are required")
    @Override
    public HttpResponse<ComplaintView> record(@Valid ComplaintWrite complaint) {
        ComplaintView view = record.record(complaint);
        return HttpResponse.created(view, URI.create("/api/v1/complaints/" + view.id()));
    }

    @Operation(summary = "The complaints board: a queue (OPEN by default), status, department; paged, worst first")
    @Override
    public PageView<ComplaintCard> complaints(
            @Nullable ComplaintQueue queue,
            @Nullable ComplaintStatus status,
            @Nullable String department,
            @Nullable Integer page,
            @Nullable Integer size) {
        Paging paging = Paging.of(page, size, 200);
        return board.page(queue, status, department, paging.page(), paging.size());
    }

    @Secured({Roles.TENANT_ADMIN, Roles.ACCOUNT_MANAGER})
    @Operation(
            summary = "Complaints received in a period (default the last 12 months) by cause, department, product,"
                    + " step, tier or month")
    @Override
    public ComplaintStatistics statistics(ComplaintDimension by, @Nullable LocalDate from, @Nullable LocalDate to) {
        return count.count(by, from, to);
    }

    @Operation(summary = "A complaint with its checklist, history and the steps the reader may take now")
    @Override
    public ComplaintView complaint(String id) {
        return reader.find(id);
    }

    @Operation(summary = "A client's complaints, newest first")
    @Override
    public List<ComplaintCard> ofClient(String clientId) {
        clients.requireExists(clientId);
        return board.ofClient(clientId);
    }

    @Operation(summary = "Step 2: upheld or not, with the reason the client is told")
    @Override
    public HttpResponse<ComplaintView> judge(String id, @Valid Verdict verdict) {
        return HttpResponse.ok(handle.judge(id, verdict));
    }

    @Operation(summary = "Step 3: the responsible department")
    @Override
    public HttpResponse<ComplaintView> assign(String id, @Valid DepartmentAssignment assignment) {
        return HttpResponse.ok(handle.assign(id, assignment));
    }

    @Operation(summary = "Step 4: the causes (of the nine) and the department's notes")
    @Override
    public HttpResponse<ComplaintView> analyse(String id, @Valid CauseAnalysis analysis) {
        return HttpResponse.ok(handle.analyse(id, analysis));
    }

    @Operation(summary = "Step 5: propose a remedy")
    @Override
    public HttpResponse<ComplaintView> propose(String id, @Valid RemedyProposal proposal) {
        return HttpResponse.ok(handle.propose(id, proposal));
    }

    @Operation(summary = "Step 6: a supervisor other than the proposer approves, or rejects with a reason")
    @Override
    public HttpResponse<ComplaintView> decide(String id, @Valid RemedyDecision decision) {
        return HttpResponse.ok(handle.decide(id, decision));
    }

    @Operation(summary = "Step 7: an item of the recovery checklist done, or waived with a reason")
    @Override
    public HttpResponse<ComplaintView> recover(String id, RecoveryItem item, @Valid RecoveryWrite write) {
        return HttpResponse.ok(recovery.recover(id, item, write));
    }

    @Operation(summary = "Step 7: who was accountable and what follows")
    @Override
    public HttpResponse<ComplaintView> account(String id, @Valid Accountability accountability) {
        return HttpResponse.ok(recovery.account(id, accountability));
    }

    @Operation(summary = "Step 7: the client was told the outcome")
    @Override
    public HttpResponse<ComplaintView> notifyClient(String id, @Valid ClientNotice notice) {
        return HttpResponse.ok(recovery.notifyClient(id, notice));
    }

    @Operation(summary = "Step 7: the client's feedback on the recovery")
    @Override
    public HttpResponse<ComplaintView> feedback(String id, @Valid ClientFeedback feedback) {
        return HttpResponse.ok(recovery.feedback(id, feedback));
    }

    @Operation(summary = "Step 7 done: refused (409 recovery-incomplete, naming what is missing) until it is")
    @Override
    public HttpResponse<ComplaintView> resolve(String id) {
        return HttpResponse.ok(recovery.resolve(id));
    }

    @Operation(summary = "Step 8: the summary, required to close")
    @Override
    public HttpResponse<ComplaintView> close(String id, @Valid ComplaintSummary summary) {
        return HttpResponse.ok(close.close(id, summary));
    }

    @Operation(
            summary = "Put a complaint on hold: it waits on the client or a third party (pauses what the policy says)")
    @Override
    public HttpResponse<ComplaintView> hold(String id, @Valid app.rapport.api.sla.HoldWrite hold) {
        return HttpResponse.ok(close.hold(id, hold));
    }

    @Operation(summary = "Release a complaint from its hold: the paused clocks run again")
    @Override
    public HttpResponse<ComplaintView> release(String id) {
        return HttpResponse.ok(close.release(id));
    }

    @Operation(summary = "Reopen a complaint that is over: the client came back")
    @Override
    public HttpResponse<ComplaintView> reopen(String id, @Valid Reopening reopening) {
        return HttpResponse.ok(close.reopen(id, reopening));
    }
}
