package app.rapport.complaint;

import app.rapport.api.complaint.ComplaintAction;
import app.rapport.api.complaint.ComplaintCard;
import app.rapport.api.complaint.ComplaintCause;
import app.rapport.api.complaint.ComplaintEventView;
import app.rapport.api.complaint.ComplaintStatus;
import app.rapport.api.complaint.ComplaintView;
import app.rapport.api.complaint.RecoveryItem;
import app.rapport.api.complaint.RecoveryView;
import app.rapport.client.Clients;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Complaints as the API shows them, with the names of client and department, the checklist, the history and what the
 * reader may do now (the step and handler policies asked for every action).
 */
@Singleton
class ComplaintViews {
    private final RecoveryRepository recovery;
    private final ComplaintEventRepository events;
    private final DepartmentRepository departments;
    private final Clients clients;
    private final Handlers handlers;
    private final EventArgs args;
    private final ComplaintClocks clocks;
    private final ComplaintDue due;
    private final Clock clock;

    ComplaintViews(
            RecoveryRepository recovery,
            ComplaintEventRepository events,
            DepartmentRepository departments,
            Clients clients,
            Handlers handlers,
            EventArgs args,
            ComplaintClocks clocks,
            ComplaintDue due,
            Clock clock) {
        this.clocks = clocks;
        this.due = due;
        this.clock = clock;
        this.recovery = recovery;
        this.events = events;
        this.departments = departments;
        this.clients = clients;
        this.handlers = handlers;
        this.args = args;
    }

    ComplaintView of(ComplaintRow c) {
        List<RecoveryRow> items = recovery.findByComplaintId(c.id());
        Handler me = handlers.current();
        Set<ComplaintAction> may = EnumSet.noneOf(ComplaintAction.class);
        for (ComplaintAction a : ComplaintAction.values()) {
            if (StepPolicy.allows(c.status(), c.holdReason() != null, a)
                    && HandlerPolicy.refusal(a, c, me).isEmpty()) {
                may.add(a);
            }
        }
        List<String> open = c.status() == ComplaintStatus.IN_RECOVERY ? ResolutionPolicy.open(c, items) : List.of();
        return new ComplaintView(
                c.id(),
                c.number(),
                c.clientId(),
                clients.names(List.of(c.clientId())).getOrDefault(c.clientId(), ""),
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
                c.upheld(),
                c.verdictReason(),
                c.departmentId(),
                c.departmentId() == null
                        ? null
                        : departments
                                .findById(c.departmentId())
                                .map(DepartmentRow::name)
                                .orElse(null),
                causes(c.causes()),
                c.causeNotes(),
                c.remedy(),
                c.remedyBy(),
                c.decidedBy(),
                checklist(items),
                open,
                c.responsible(),
                c.consequence(),
                c.notice(),
                c.satisfied(),
                c.feedback(),
                c.lessons(),
                c.systemic(),
                c.receivedAt(),
                c.receivedBy(),
                c.closedAt(),
                c.reopened(),
                c.holdReason(),
                clocks.version(c),
                clocks.of(c),
                c.version(),
                events.inOrder(c.id()).stream().map(this::event).toList(),
                may);
    }

    /**
     * Cards of complaints, their clients and departments named and their nearest deadlines read with three queries
     * whatever their number.
     */
    List<ComplaintCard> cards(Collection<ComplaintRow> rows) {
        Instant now = Instant.now(clock);
        Map<String, DueRow> dues = due.of(rows.stream().map(ComplaintRow::id).toList());
        Map<String, String> clientNames =
                clients.names(rows.stream().map(ComplaintRow::clientId).collect(Collectors.toSet()));
        Map<String, String> departmentNames = new HashMap<>();
        departments.findAll().forEach(d -> departmentNames.put(d.id(), d.name()));
        return rows.stream()
                .map(c -> new ComplaintCard(
                        c.id(),
                        c.number(),
                        c.clientId(),
                        clientNames.getOrDefault(c.clientId(), ""),
                        c.channel(),
                        c.severity(),
                        c.status(),
                        c.whatHappened(),
                        c.departmentId(),
                        c.departmentId() == null ? null : departmentNames.get(c.departmentId()),
                        c.owner(),
                        c.receivedAt(),
                        c.closedAt(),
                        c.reopened(),
                        dues.containsKey(c.id()) ? dues.get(c.id()).card(now) : null))
                .toList();
    }

    ComplaintEventView event(ComplaintEventRow e) {
        return new ComplaintEventView(
                e.at(), e.actor(), e.kind(), e.fromStatus(), e.toStatus(), e.note(), args.read(e.args()));
    }

    static List<ComplaintCause> causes(String codes) {
        if (codes == null || codes.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(codes.split(",")).map(ComplaintCause::valueOf).toList();
    }

    /** The five items in order: done or waived with who and when, or still open. */
    private static List<RecoveryView> checklist(List<RecoveryRow> rows) {
        Map<RecoveryItem, RecoveryRow> byItem = new java.util.EnumMap<>(RecoveryItem.class);
        rows.forEach(r -> byItem.put(r.item(), r));
        return Arrays.stream(RecoveryItem.values())
                .map(i -> byItem.containsKey(i)
                        ? item(byItem.get(i))
                        : new RecoveryView(i, false, null, null, null, null, null))
                .toList();
    }

    private static RecoveryView item(RecoveryRow r) {
        return new RecoveryView(
                r.item(), r.waived(), r.note(), r.compensationKind(), r.compensationValue(), r.at(), r.by());
    }
}
