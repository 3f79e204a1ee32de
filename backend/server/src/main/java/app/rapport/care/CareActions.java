package app.rapport.care;

import app.rapport.api.care.CareActionView;
import app.rapport.api.care.CareActionWrite;
import app.rapport.api.care.CareCompletion;
import app.rapport.api.care.CareKind;
import app.rapport.api.care.CareSkip;
import app.rapport.api.care.CareSource;
import app.rapport.api.care.CareStatus;
import app.rapport.api.care.Member;
import app.rapport.api.care.MyDay;
import app.rapport.api.common.ProblemCode;
import app.rapport.api.common.ServiceLevel;
import app.rapport.api.lifecycle.Stage;
import app.rapport.client.Clients;
import app.rapport.platform.Texts;
import app.rapport.platform.audit.AuditLog;
import app.rapport.platform.security.Actor;
import app.rapport.platform.web.ProblemException;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Care actions: planned work for one client. An action is PLANNED until someone completes it (outcome and the service
 * level delivered) or skips it (reason); it reads as OVERDUE once its due date has passed. A repeating action plans
 * its successor when it closes. Every write is audited.
 */
@Singleton
public class CareActions {
    private final CareActionRepository actions;
    private final OwnerRepository owners;
    private final Clients clients;
    private final Members members;
    private final CareActionViews views;
    private final AuditLog audit;
    private final Actor actor;
    private final Clock clock;
    private final ApplicationEventPublisher<CareActionDone> done;

    CareActions(
            CareActionRepository actions,
            OwnerRepository owners,
            Clients clients,
            Members members,
            CareActionViews views,
            AuditLog audit,
            Actor actor,
            Clock clock,
            ApplicationEventPublisher<CareActionDone> done) {
        this.done = done;
        this.actions = actions;
        this.owners = owners;
        this.clients = clients;
        this.members = members;
        this.views = views;
        this.audit = audit;
        this.actor = actor;
        this.clock = clock;
    }

    /** Work to plan for a client; the owner is resolved by {@link #schedule}. */
    public record Plan(
            String clientId,
            CareKind kind,
            String title,
            @Nullable String instructions,
            LocalDate dueOn,
            String ownerRole,
            CareSource source,
            @Nullable String sourceRef,
            @Nullable Stage stage,
            @Nullable Integer repeatDays,
            @Nullable ServiceLevel aimedLevel) {}

    /**
     * Plans an action. Without an explicit owner it goes to the client's owner when their role is the one the plan
     * asks for, else it waits unowned in that role's queue.
     */
    @Transactional
    public CareActionView schedule(Plan plan, @Nullable String owner) {
        String resolved = owner;
        if (resolved == null) {
            resolved = owners.findById(plan.clientId())
                    .filter(o -> o.ownerRole().equals(plan.ownerRole()))
                    .map(OwnerRow::owner)
                    .orElse(null);
        }
        CareActionRow row = actions.save(new CareActionRow(
                UUID.randomUUID().toString(),
                plan.clientId(),
                plan.kind(),
                plan.title(),
                plan.instructions(),
                plan.dueOn(),
                resolved,
                plan.ownerRole(),
                plan.source(),
                plan.sourceRef(),
                plan.stage(),
                plan.repeatDays(),
                CareStatus.PLANNED,
                plan.aimedLevel(),
                null,
                null,
                null,
                null,
                null,
                Instant.now(clock),
                actor.name()));
        audit.record("CREATE", "care_action", row.id(), null, row);
        return views.of(List.of(row)).get(0);
    }

    @Transactional
    public List<CareActionView> ofClient(String clientId) {
        clients.requireExists(clientId);
        List<CareActionRow> rows = new ArrayList<>(actions.ofClient(clientId));
        // open work first, soonest due first; then closed work, most recently closed first
        rows.sort(Comparator.comparing((CareActionRow a) -> a.status() != CareStatus.PLANNED)
                .thenComparing(a -> a.status() == CareStatus.PLANNED ? a.dueOn().toEpochDay() : 0L)
                .thenComparing(a -> a.closedAt() == null ? Instant.EPOCH : a.closedAt(), Comparator.reverseOrder()));
        return views.of(rows);
    }

    /** Planned by hand: owned by the member named, else by the client's owner, else by the planner. */
    @Transactional
    public CareActionView plan(String clientId, CareActionWrite write) {
        clients.requireExists(clientId);
        String owner;
        String role;
        if (Texts.blankToNull(write.owner()) != null) {
            Member m = members.require(write.owner().strip(), "owner");
            owner = m.username();
            role = m.role().name();
        } else {
            Optional<OwnerRow> clientOwner = owners.findById(clientId);
            owner = clientOwner.map(OwnerRow::owner).orElse(actor.name());
            role = clientOwner.map(OwnerRow::ownerRole).orElse(actor.tenantRole());
        }
        return schedule(
                new Plan(
                        clientId,
                        write.kind(),
                        write.title().strip(),
                        Texts.blankToNull(write.instructions()),
                        write.dueOn(),
                        role,
                        CareSource.MANUAL,
                        null,
                        null,
                        null,
                        write.aimedLevel()),
                owner);
    }

    @Transactional
    public CareActionView find(String id) {
        return views.of(List.of(row(id))).get(0);
    }

    @Transactional
    public CareActionView complete(String id, CareCompletion completion) {
        CareActionRow before = closable(id);
        CareActionRow after = close(
                before,
                CareStatus.DONE,
                completion.deliveredLevel(),
                completion.outcome().strip(),
                null);
        audit.record("COMPLETE", "care_action", id, before, after);
        done.publishEvent(new CareActionDone(after.id(), after.clientId(), after.kind(), after.closedAt()));
        repeat(after);
        return views.of(List.of(after)).get(0);
    }

    @Transactional
    public CareActionView skip(String id, CareSkip skip) {
        CareActionRow before = closable(id);
        CareActionRow after =
                close(before, CareStatus.SKIPPED, null, null, skip.reason().strip());
        audit.record("SKIP", "care_action", id, before, after);
        repeat(after);
        return views.of(List.of(after)).get(0);
    }

    /** Open actions of one owner, of nobody ({@code "-"}), or of everyone (null), soonest due first. */
    @Transactional
    public List<CareActionView> open(@Nullable String owner) {
        if (owner == null || owner.isBlank()) {
            return views.of(actions.allOpen());
        }
        return views.of("-".equals(owner) ? actions.openUnassigned() : actions.openOf(owner.strip()));
    }

    @Transactional
    public MyDay myDay() {
        LocalDate today = LocalDate.now(clock);
        List<CareActionView> mine = views.of(actions.openFor(actor.name(), actor.tenantRole(), today.plusDays(7)));
        return new MyDay(
                today,
                mine.stream().filter(a -> a.dueOn().isBefore(today)).toList(),
                mine.stream().filter(a -> a.dueOn().isEqual(today)).toList(),
                mine.stream().filter(a -> a.dueOn().isAfter(today)).toList());
    }

    /** Cancels a client's open actions that a stage's playbook planned; returns how many. */
    @Transactional
    public int cancelOpen(String clientId, Stage stage) {
        int n = 0;
        for (CareActionRow before : actions.findByClientIdAndStatusAndStage(clientId, CareStatus.PLANNED, stage)) {
            CareActionRow after = close(before, CareStatus.CANCELLED, null, null, null);
            audit.record("CANCEL", "care_action", before.id(), before, after);
            n++;
        }
        return n;
    }

    private void repeat(CareActionRow closed) {
        if (closed.repeatDays() == null) {
            return;
        }
        schedule(
                new Plan(
                        closed.clientId(),
                        closed.kind(),
                        closed.title(),
                        closed.instructions(),
                        LocalDate.now(clock).plusDays(closed.repeatDays()),
                        closed.ownerRole(),
                        closed.source(),
                        closed.sourceRef(),
                        closed.stage(),
                        closed.repeatDays(),
                        closed.aimedLevel()),
                closed.owner());
    }

    /** Closes a locked action by writing only what closing changes; answers the row as it now is. */
    private CareActionRow close(
            CareActionRow before,
            CareStatus status,
            @Nullable ServiceLevel delivered,
            @Nullable String outcome,
            @Nullable String reason) {
        actions.update(before.id(), status, delivered, outcome, reason, Instant.now(clock), actor.name());
        return row(before.id());
    }

    private CareActionRow row(String id) {
        return actions.findById(id).orElseThrow(() -> ProblemException.notFound("care action " + id));
    }

    /** The action locked for this transaction, so that of two parallel transitions the second sees the first. */
    CareActionRow locked(String id) {
        return actions.findByIdForUpdate(id).orElseThrow(() -> ProblemException.notFound("care action " + id));
    }

    private CareActionRow closable(String id) {
        CareActionRow a = open(locked(id));
        if (!CloseRule.mayClose(a.owner(), a.ownerRole(), actor.name(), actor.tenantRole())) {
            throw new ProblemException(
                    ProblemCode.NOT_YOUR_ACTION,
                    "service staff close their own care actions and unowned ones of the service-staff queue");
        }
        return a;
    }

    static CareActionRow open(CareActionRow a) {
        if (a.status() != CareStatus.PLANNED) {
            throw new ProblemException(ProblemCode.ACTION_CLOSED, "the care action is already " + a.status());
        }
        return a;
    }
}
