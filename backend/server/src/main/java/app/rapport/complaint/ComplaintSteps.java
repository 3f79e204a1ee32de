package app.rapport.complaint;

import app.rapport.api.complaint.ComplaintAction;
import app.rapport.api.complaint.ComplaintEventKind;
import app.rapport.api.complaint.ComplaintView;
import app.rapport.platform.audit.AuditLog;
import app.rapport.platform.security.Actor;
import app.rapport.platform.web.ProblemException;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * How every step is taken: the complaint is locked, the step policy and the handler policy are asked, the step
 * changes the row, and its history entry and audit record are written in the same transaction — so of two parallel
 * steps the second sees the first and is refused (409), and nothing happens twice.
 */
@Singleton
class ComplaintSteps {
    private final ComplaintRepository complaints;
    private final ComplaintEventRepository events;
    private final EventArgs args;
    private final Handlers handlers;
    private final ComplaintViews views;
    private final ComplaintClocks clocks;
    private final ComplaintNotices notices;
    private final AuditLog audit;
    private final Actor actor;
    private final Clock clock;

    ComplaintSteps(
            ComplaintRepository complaints,
            ComplaintEventRepository events,
            EventArgs args,
            Handlers handlers,
            ComplaintViews views,
            ComplaintClocks clocks,
            ComplaintNotices notices,
            AuditLog audit,
            Actor actor,
            Clock clock) {
        this.complaints = complaints;
        this.events = events;
        this.args = args;
        this.handlers = handlers;
        this.views = views;
        this.clocks = clocks;
        this.notices = notices;
        this.audit = audit;
        this.actor = actor;
        this.clock = clock;
    }

    /** What a step did: the complaint as it now is, and the history entry it leaves. */
    record Outcome(
            ComplaintRow after,
            ComplaintEventKind kind,
            @Nullable String note,
            Map<String, Object> args) {}

    /** A step: given the locked complaint, what it becomes. */
    @FunctionalInterface
    interface Step {
        Outcome apply(ComplaintRow locked);
    }

    /** Takes a step in the caller's transaction. */
    ComplaintView take(String id, ComplaintAction action, Step step) {
        ComplaintRow before = locked(id);
        StepPolicy.refusal(before.status(), before.holdReason() != null, action).ifPresent(r -> {
            throw r.problem();
        });
        HandlerPolicy.refusal(action, before, handlers.current()).ifPresent(r -> {
            throw r.problem();
        });
        Outcome outcome = step.apply(before);
        complaints.update(outcome.after());
        clocks.onStep(before, outcome.after(), action, outcome.args());
        notices.onStep(outcome.after(), action);
        note(before, outcome);
        audit.record(action.name(), "complaint", id, before, outcome.after());
        return views.of(outcome.after());
    }

    /** Writes a history entry of a step. */
    void note(@Nullable ComplaintRow before, Outcome outcome) {
        ComplaintRow after = outcome.after();
        events.save(new ComplaintEventRow(
                UUID.randomUUID().toString(),
                after.id(),
                after.clientId(),
                outcome.kind(),
                before == null ? null : before.status(),
                after.status(),
                outcome.note(),
                args.write(outcome.args()),
                Instant.now(clock),
                actor.name()));
    }

    ComplaintRow locked(String id) {
        return complaints.findByIdForUpdate(id).orElseThrow(() -> ProblemException.notFound("complaint " + id));
    }
}
