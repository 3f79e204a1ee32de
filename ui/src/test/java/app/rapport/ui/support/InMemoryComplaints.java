package app.rapport.ui.support;

import app.rapport.api.common.Channel;
import app.rapport.api.common.FieldCode;
import app.rapport.api.common.PageView;
import app.rapport.api.complaint.Accountability;
import app.rapport.api.complaint.CardClock;
import app.rapport.api.complaint.CauseAnalysis;
import app.rapport.api.complaint.ClientFeedback;
import app.rapport.api.complaint.ClientNotice;
import app.rapport.api.complaint.ComplaintAction;
import app.rapport.api.complaint.ComplaintApi;
import app.rapport.api.complaint.ComplaintCard;
import app.rapport.api.complaint.ComplaintDimension;
import app.rapport.api.complaint.ComplaintEventKind;
import app.rapport.api.complaint.ComplaintEventView;
import app.rapport.api.complaint.ComplaintQueue;
import app.rapport.api.complaint.ComplaintStatistics;
import app.rapport.api.complaint.ComplaintStatus;
import app.rapport.api.complaint.ComplaintSummary;
import app.rapport.api.complaint.ComplaintView;
import app.rapport.api.complaint.ComplaintWrite;
import app.rapport.api.complaint.DepartmentAssignment;
import app.rapport.api.complaint.RecoveryItem;
import app.rapport.api.complaint.RecoveryView;
import app.rapport.api.complaint.RecoveryWrite;
import app.rapport.api.complaint.RemedyDecision;
import app.rapport.api.complaint.RemedyProposal;
import app.rapport.api.complaint.Reopening;
import app.rapport.api.complaint.Severity;
import app.rapport.api.complaint.Verdict;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * Complaints in memory: each step moves the status as the server's would; what the reader may do is whatever the
 * test says ({@link #may}), as the server's policies would have decided; the recovery is done only once nothing is
 * open (409 otherwise).
 */
@Singleton
@Requires(env = ViewTest.VIEWS)
@Replaces(ComplaintApi.class)
public class InMemoryComplaints implements ComplaintApi {
    private final Map<String, ComplaintView> stored = new LinkedHashMap<>();
    public final List<String> calls = new ArrayList<>();
    /** What the server lets the reader do, on every complaint. */
    public Set<ComplaintAction> may = EnumSet.allOf(ComplaintAction.class);

    private long number = 41;

    public synchronized ComplaintView stored(String id) {
        return stored.get(id);
    }

    public synchronized ComplaintView only() {
        return stored.values().iterator().next();
    }

    /** A complaint of a client at a status, as if its earlier steps were taken. */
    public synchronized ComplaintView add(String clientId, String clientName, ComplaintStatus status) {
        ComplaintView c = fresh(
                new ComplaintWrite(
                        clientId,
                        Channel.PHONE,
                        "The room was not cleaned",
                        Severity.HIGH,
                        null,
                        null,
                        null,
                        null,
                        null),
                clientName);
        c = copy(c, status, b -> b);
        stored.put(c.id(), c);
        return c;
    }

    private ComplaintView fresh(ComplaintWrite w, String clientName) {
        List<RecoveryView> checklist = new ArrayList<>();
        for (RecoveryItem i : RecoveryItem.values()) {
            checklist.add(new RecoveryView(i, false, null, null, null, null, null));
        }
        return new ComplaintView(
                UUID.randomUUID().toString(),
                ++number,
                w.clientId(),
                clientName,
                w.contactId(),
                w.channel(),
                w.severity(),
                w.whatHappened(),
                w.clientAsks(),
                w.productId(),
                w.blueprintStepId(),
                w.touchpointId(),
                ComplaintStatus.RECEIVED,
                "lee",
                null,
                null,
                null,
                null,
                List.of(),
                null,
                null,
                null,
                null,
                checklist,
                List.of(),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                Instant.parse("2026-11-30T02:00:00Z"),
                "lee",
                null,
                0,
                null,
                0,
                List.of(),
                1,
                List.of(new ComplaintEventView(
                        Instant.parse("2026-11-30T02:00:00Z"),
                        "lee",
                        ComplaintEventKind.RECEIVED,
                        null,
                        ComplaintStatus.RECEIVED,
                        null,
                        Map.of("severity", w.severity().name()))),
                may);
    }

    /** A copy of the view at another status, with the fields the step changes ({@code fields} edits a map copy). */
    private ComplaintView copy(ComplaintView c, ComplaintStatus status, UnaryOperator<ComplaintView> fields) {
        ComplaintView f = fields.apply(c);
        List<String> open = new ArrayList<>();
        f.recovery().stream()
                .filter(r -> r.at() == null)
                .forEach(r -> open.add(r.item().name()));
        if (f.responsible() == null) {
            open.add("ACCOUNTABILITY");
        }
        if (f.notice() == null) {
            open.add("CLIENT_NOTIFIED");
        }
        if (f.satisfied() == null) {
            open.add("FEEDBACK");
        }
        List<ComplaintEventView> history = new ArrayList<>(f.history());
        if (status != c.status()) {
            history.add(new ComplaintEventView(Instant.now(), "amy", kind(status), c.status(), status, null, Map.of()));
        }
        return new ComplaintView(
                f.id(),
                f.number(),
                f.clientId(),
                f.clientName(),
                f.contactId(),
                f.channel(),
                f.severity(),
                f.whatHappened(),
                f.clientAsks(),
                f.productId(),
                f.blueprintStepId(),
                f.touchpointId(),
                status,
                f.owner(),
                f.upheld(),
                f.verdictReason(),
                f.departmentId(),
                f.departmentName(),
                f.causes(),
                f.causeNotes(),
                f.remedy(),
                f.remedyBy(),
                f.decidedBy(),
                f.recovery(),
                status == ComplaintStatus.IN_RECOVERY ? open : List.of(),
                f.responsible(),
                f.consequence(),
                f.notice(),
                f.satisfied(),
                f.feedback(),
                f.lessons(),
                f.systemic(),
                f.receivedAt(),
                f.receivedBy(),
                status.isOver() ? Instant.now() : null,
                f.reopened(),
                f.holdReason(),
                f.slaVersion(),
                f.clocks(),
                f.version() + 1,
                List.copyOf(history),
                may);
    }

    private static ComplaintEventKind kind(ComplaintStatus s) {
        return switch (s) {
            case RECEIVED -> ComplaintEventKind.REOPENED;
            case UPHELD -> ComplaintEventKind.UPHELD;
            case NOT_UPHELD -> ComplaintEventKind.NOT_UPHELD;
            case ASSIGNED -> ComplaintEventKind.ASSIGNED;
            case ANALYSED -> ComplaintEventKind.ANALYSED;
            case REMEDY_PROPOSED -> ComplaintEventKind.REMEDY_PROPOSED;
            case IN_RECOVERY -> ComplaintEventKind.REMEDY_APPROVED;
            case RESOLVED -> ComplaintEventKind.RESOLVED;
            case CLOSED -> ComplaintEventKind.CLOSED;
        };
    }

    private synchronized HttpResponse<ComplaintView> step(
            String id, String call, ComplaintStatus to, UnaryOperator<ComplaintView> fields) {
        calls.add(call);
        ComplaintView c = stored.get(id);
        if (c == null) {
            return FakeProblems.problem(HttpStatus.NOT_FOUND, "not-found", List.of());
        }
        ComplaintView after = copy(c, to == null ? c.status() : to, fields);
        stored.put(id, after);
        return HttpResponse.ok(after);
    }

    @Override
    public synchronized HttpResponse<ComplaintView> record(ComplaintWrite complaint) {
        calls.add("record");
        if (complaint.whatHappened() == null || complaint.whatHappened().isBlank()) {
            return FakeProblems.badField("whatHappened", FieldCode.NOT_BLANK);
        }
        ComplaintView c = fresh(complaint, "Client " + complaint.clientId());
        stored.put(c.id(), c);
        return HttpResponse.created(c);
    }

    @Override
    public synchronized PageView<ComplaintCard> complaints(
            ComplaintQueue queue, ComplaintStatus status, String department, Integer page, Integer size) {
        calls.add("complaints " + queue);
        List<ComplaintCard> cards = stored.values().stream()
                .filter(c -> status == null || c.status() == status)
                .map(c -> new ComplaintCard(
                        c.id(),
                        c.number(),
                        c.clientId(),
                        c.clientName(),
                        c.channel(),
                        c.severity(),
                        c.status(),
                        c.whatHappened(),
                        c.departmentId(),
                        c.departmentName(),
                        c.owner(),
                        c.receivedAt(),
                        c.closedAt(),
                        c.reopened(),
                        clocks.get(c.id())))
                .toList();
        return FakePages.of(cards, page, size);
    }

    /** The nearest deadline a card shows, by complaint id (a test sets it). */
    public final Map<String, CardClock> clocks = new java.util.HashMap<>();

    /** What the statistics answer, whatever is asked (a test sets it); the questions asked are in {@link #calls}. */
    public ComplaintStatistics statistics = new ComplaintStatistics(
            ComplaintDimension.CAUSE, java.time.LocalDate.EPOCH, java.time.LocalDate.EPOCH, 0, List.of());

    @Override
    public synchronized ComplaintStatistics statistics(
            ComplaintDimension by, java.time.LocalDate from, java.time.LocalDate to) {
        calls.add("statistics " + by + " " + from + " " + to);
        if (from != null && to != null && to.isBefore(from)) {
            throw new io.micronaut.http.client.exceptions.HttpClientResponseException(
                    "bad", FakeProblems.badField("to", FieldCode.MUST_FOLLOW));
        }
        return new ComplaintStatistics(by, from, to, statistics.total(), statistics.rows(), statistics.surveyReasons());
    }

    @Override
    public synchronized ComplaintView complaint(String id) {
        return stored.get(id);
    }

    @Override
    public synchronized List<ComplaintCard> ofClient(String clientId) {
        return complaints(null, null, null, 0, 500).items().stream()
                .filter(c -> c.clientId().equals(clientId))
                .toList();
    }

    @Override
    public HttpResponse<ComplaintView> judge(String id, Verdict v) {
        if (v.reason() == null || v.reason().isBlank()) {
            return FakeProblems.badField("reason", FieldCode.NOT_BLANK);
        }
        return step(
                id,
                "judge",
                v.upheld() ? ComplaintStatus.UPHELD : ComplaintStatus.NOT_UPHELD,
                c -> with(c, "verdict", v));
    }

    @Override
    public HttpResponse<ComplaintView> assign(String id, DepartmentAssignment a) {
        return step(id, "assign " + a.departmentId(), ComplaintStatus.ASSIGNED, c -> c);
    }

    @Override
    public HttpResponse<ComplaintView> analyse(String id, CauseAnalysis a) {
        return step(id, "analyse " + a.causes(), ComplaintStatus.ANALYSED, c -> c);
    }

    @Override
    public HttpResponse<ComplaintView> propose(String id, RemedyProposal p) {
        return step(id, "propose " + p.remedy(), ComplaintStatus.REMEDY_PROPOSED, c -> c);
    }

    @Override
    public HttpResponse<ComplaintView> decide(String id, RemedyDecision d) {
        return step(
                id,
                "decide " + d.approved(),
                d.approved() ? ComplaintStatus.IN_RECOVERY : ComplaintStatus.ANALYSED,
                c -> c);
    }

    @Override
    public HttpResponse<ComplaintView> recover(String id, RecoveryItem item, RecoveryWrite w) {
        if (w.waived() && (w.note() == null || w.note().isBlank())) {
            return FakeProblems.badField("note", FieldCode.NOT_BLANK);
        }
        return step(id, "recover " + item + (w.waived() ? " waived" : ""), null, c -> {
            List<RecoveryView> items = c.recovery().stream()
                    .map(r -> r.item() == item
                            ? new RecoveryView(
                                    item,
                                    w.waived(),
                                    w.note(),
                                    w.compensationKind(),
                                    w.compensationValue(),
                                    Instant.now(),
                                    "lee")
                            : r)
                    .toList();
            return with(c, "recovery", items);
        });
    }

    @Override
    public HttpResponse<ComplaintView> account(String id, Accountability a) {
        return step(id, "account", null, c -> with(c, "account", a));
    }

    @Override
    public HttpResponse<ComplaintView> notifyClient(String id, ClientNotice n) {
        return step(id, "notify", null, c -> with(c, "notice", n.note()));
    }

    @Override
    public HttpResponse<ComplaintView> feedback(String id, ClientFeedback f) {
        return step(id, "feedback", null, c -> with(c, "feedback", f));
    }

    @Override
    public synchronized HttpResponse<ComplaintView> resolve(String id) {
        if (!stored.get(id).recoveryOpen().isEmpty()) {
            return FakeProblems.problem(HttpStatus.CONFLICT, "recovery-incomplete", List.of());
        }
        return step(id, "resolve", ComplaintStatus.RESOLVED, c -> c);
    }

    @Override
    public HttpResponse<ComplaintView> close(String id, ComplaintSummary s) {
        return step(id, "close", ComplaintStatus.CLOSED, c -> c);
    }

    @Override
    public HttpResponse<ComplaintView> hold(String id, app.rapport.api.sla.HoldWrite h) {
        return step(id, "hold " + h.reason(), null, c -> with(c, "hold", h.reason()));
    }

    @Override
    public HttpResponse<ComplaintView> release(String id) {
        return step(id, "release", null, c -> with(c, "hold", null));
    }

    @Override
    public HttpResponse<ComplaintView> reopen(String id, Reopening r) {
        return step(id, "reopen", ComplaintStatus.RECEIVED, c -> c);
    }

    /** The view with one step's fields set. */
    private static ComplaintView with(ComplaintView c, String what, Object value) {
        Verdict v = what.equals("verdict") ? (Verdict) value : null;
        Accountability a = what.equals("account") ? (Accountability) value : null;
        ClientFeedback f = what.equals("feedback") ? (ClientFeedback) value : null;
        @SuppressWarnings("unchecked")
        List<RecoveryView> recovery = what.equals("recovery") ? (List<RecoveryView>) value : c.recovery();
        return new ComplaintView(
                c.id(),
                c.number(),
                c.clientId(),
                c.clientName(),
                c.contactId(),
                c.channel(),
                c.severity(),
                c.whatHappened(),
                c.clientAsks(),
                c.productId(),
                c.blueprintStepId(),
                c.touchpointId(),
                c.status(),
                c.owner(),
                v == null ? c.upheld() : v.upheld(),
                v == null ? c.verdictReason() : v.reason(),
                c.departmentId(),
                c.departmentName(),
                c.causes(),
                c.causeNotes(),
                c.remedy(),
                c.remedyBy(),
                c.decidedBy(),
                recovery,
                c.recoveryOpen(),
                a == null ? c.responsible() : a.responsible(),
                a == null ? c.consequence() : a.consequence(),
                what.equals("notice") ? (String) value : c.notice(),
                f == null ? c.satisfied() : f.satisfied(),
                f == null ? c.feedback() : f.note(),
                c.lessons(),
                c.systemic(),
                c.receivedAt(),
                c.receivedBy(),
                c.closedAt(),
                c.reopened(),
                what.equals("hold") ? (app.rapport.api.sla.HoldReason) value : c.holdReason(),
                c.slaVersion(),
                c.clocks(),
                c.version(),
                c.history(),
                c.may());
    }
}
