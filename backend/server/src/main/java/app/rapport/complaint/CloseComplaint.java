package app.rapport.complaint;

import app.rapport.api.complaint.ComplaintAction;
import app.rapport.api.complaint.ComplaintEventKind;
import app.rapport.api.complaint.ComplaintStatus;
import app.rapport.api.complaint.ComplaintSummary;
import app.rapport.api.complaint.ComplaintView;
import app.rapport.api.complaint.Reopening;
import app.rapport.api.sla.HoldWrite;
import io.micronaut.context.event.ApplicationEventPublisher;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;

/**
 * Step 8 and after: the summary (what was learned, whether the cause is systemic) closes a resolved complaint; a
 * complaint that is over is reopened when the client comes back — with its history kept, its checklist, notice,
 * feedback and summary cleared for the new round, judged again if it had not been upheld, else back with its
 * department. While it waits on the client or a third party it is on hold (the milestones that hold pauses stop
 * counting) until released.
 */
@Singleton
class CloseComplaint {
    private final ComplaintSteps steps;
    private final RecoveryRepository recovery;
    private final RecoveryFollowUp followUp;
    private final Clock clock;
    private final ApplicationEventPublisher<ComplaintClosed> closed;
    private final ApplicationEventPublisher<ComplaintReopened> reopened;

    CloseComplaint(
            ComplaintSteps steps,
            RecoveryRepository recovery,
            RecoveryFollowUp followUp,
            Clock clock,
            ApplicationEventPublisher<ComplaintClosed> closed,
            ApplicationEventPublisher<ComplaintReopened> reopened) {
        this.closed = closed;
        this.reopened = reopened;
        this.steps = steps;
        this.recovery = recovery;
        this.followUp = followUp;
        this.clock = clock;
    }

    @Transactional
    ComplaintView close(String id, ComplaintSummary s) {
        String lessons = s.lessons().strip();
        ComplaintView view = steps.take(id, ComplaintAction.CLOSE, c -> {
            followUp.cancel(c);
            return new ComplaintSteps.Outcome(
                    new ComplaintRow.Builder(c)
                            .summary(lessons, s.systemic())
                            .closedAt(Instant.now(clock))
                            .hold(null)
                            .status(ComplaintStatus.CLOSED)
                            .build(),
                    ComplaintEventKind.CLOSED,
                    lessons,
                    Map.of("systemic", s.systemic()));
        });
        closed.publishEvent(new ComplaintClosed(
                view.id(), view.clientId(), Instant.now(clock), view.productId(), view.blueprintStepId()));
        return view;
    }

    @Transactional
    ComplaintView hold(String id, HoldWrite h) {
        return steps.take(
                id,
                ComplaintAction.HOLD,
                c -> new ComplaintSteps.Outcome(
                        new ComplaintRow.Builder(c).hold(h.reason()).build(),
                        ComplaintEventKind.HELD,
                        null,
                        Map.of("reason", h.reason().name())));
    }

    @Transactional
    ComplaintView release(String id) {
        return steps.take(
                id,
                ComplaintAction.RELEASE,
                c -> new ComplaintSteps.Outcome(
                        new ComplaintRow.Builder(c).hold(null).build(),
                        ComplaintEventKind.RELEASED,
                        null,
                        Map.of("reason", c.holdReason().name())));
    }

    @Transactional
    ComplaintView reopen(String id, Reopening r) {
        String reason = r.reason().strip();
        ComplaintView view = steps.take(id, ComplaintAction.REOPEN, c -> {
            followUp.cancel(c);
            recovery.deleteByComplaintId(c.id());
            ComplaintStatus to =
                    c.departmentId() == null ? ComplaintStatus.RECEIVED : StepPolicy.reopenedTo(c.status());
            ComplaintRow.Builder after = new ComplaintRow.Builder(c)
                    .status(to)
                    .accountability(null, null)
                    .notice(null)
                    .feedback(null, null)
                    .summary(null, null)
                    .closedAt(null)
                    .reopened(c.reopened() + 1);
            if (to == ComplaintStatus.RECEIVED) {
                after.verdict(null, null);
            }
            return new ComplaintSteps.Outcome(
                    after.build(), ComplaintEventKind.REOPENED, reason, Map.of("round", c.reopened() + 2));
        });
        reopened.publishEvent(new ComplaintReopened(view.id(), view.clientId(), Instant.now(clock)));
        return view;
    }
}
