package app.rapport.complaint;

import app.rapport.api.care.CareKind;
import app.rapport.api.care.CareSource;
import app.rapport.api.complaint.ComplaintEventKind;
import app.rapport.api.complaint.Severity;
import app.rapport.api.inbox.NoticeKind;
import app.rapport.api.sla.EscalationAction;
import app.rapport.api.sla.EscalationStep;
import app.rapport.api.sla.MilestoneTarget;
import app.rapport.care.CareActions;
import app.rapport.platform.audit.AuditLog;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One complaint's escalation, in a transaction of its own: each milestone still running (not paused, met or stopped)
 * whose clock has used a step's share of its target fires that step once — the step's key (complaint, milestone, round, share) is inserted or already there, on whichever replica
 * scans — and does its actions in the same transaction. A complaint a step holds locked is skipped (SKIP LOCKED) and
 * looked at the next minute; one that is over is never escalated.
 */
@Singleton
class EscalateComplaint {
    private final ComplaintRepository complaints;
    private final FiredRepository fired;
    private final ComplaintClocks clocks;
    private final ComplaintNotices notices;
    private final ComplaintSteps steps;
    private final CareActions care;
    private final AuditLog audit;
    private final Clock clock;

    EscalateComplaint(
            ComplaintRepository complaints,
            FiredRepository fired,
            ComplaintClocks clocks,
            ComplaintNotices notices,
            ComplaintSteps steps,
            CareActions care,
            AuditLog audit,
            Clock clock) {
        this.complaints = complaints;
        this.fired = fired;
        this.clocks = clocks;
        this.notices = notices;
        this.steps = steps;
        this.care = care;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * One complaint in a transaction of its own: the steps due fire, their actions and where its clocks stand next
     * commit together.
     */
    @Transactional
    int scan(String id, Instant now) {
        ComplaintRow c = complaints.findByIdForScan(id).orElse(null);
        if (c == null) {
            return 0; // a step holds it: the next minute looks again
        }
        int n = 0;
        ClockReading reading = c.status().isOver() ? null : clocks.read(c, now);
        if (reading != null) {
            for (ClockReading.DueStep d : reading.dueSteps(now)) {
                if (fired.fire(
                                c.id(),
                                d.target().milestone().name(),
                                d.roundStart(),
                                d.step().key(),
                                Instant.now(clock))
                        == 1) {
                    c = act(c, d.target(), d.step());
                    n++;
                }
                reading.fired(d); // by this scan or another replica's: either way not next any more
            }
        }
        clocks.refresh(c, reading);
        return n;
    }

    /** The share of its time the clock has used at the step: a step minutes before the deadline says how much. */
    static int usedPercent(MilestoneTarget t, EscalationStep s) {
        return s.percent() != null ? s.percent() : (int) (s.secondsInto(t.minutes()) * 100 / (t.minutes() * 60L));
    }

    private ComplaintRow act(ComplaintRow c, MilestoneTarget t, EscalationStep s) {
        int percent = usedPercent(t, s);
        Map<String, Object> args = Map.of("milestone", t.milestone().name(), "percent", percent);
        List<String> to = new ArrayList<>();
        String lead = notices.lead(c);
        boolean reassign =
                s.actions().contains(EscalationAction.REASSIGN_TO_LEAD) && lead != null && !lead.equals(c.owner());
        if (s.actions().contains(EscalationAction.NOTIFY_OWNER)) {
            to.add(c.owner());
        }
        if (s.actions().contains(EscalationAction.NOTIFY_LEAD) || reassign) {
            to.add(lead); // who takes it over is told why
        }
        if (s.actions().contains(EscalationAction.NOTIFY_SUPERVISORS)) {
            to.addAll(notices.admins());
        }
        if (s.actions().contains(EscalationAction.NOTIFY_ACCOUNT_MANAGER)) {
            to.add(notices.accountManager(c));
        }
        to.removeIf(java.util.Objects::isNull);
        notices.tell(to, percent < 100 ? NoticeKind.MILESTONE_WARNING : NoticeKind.MILESTONE_BREACHED, c, args);
        ComplaintRow now = c;
        boolean raise = s.actions().contains(EscalationAction.RAISE_SEVERITY) && c.severity() != Severity.CRITICAL;
        if (raise || reassign) {
            ComplaintRow.Builder b = new ComplaintRow.Builder(c);
            if (raise) {
                b.severity(Severity.values()[c.severity().ordinal() + 1]);
            }
            if (reassign) {
                b.owner(lead);
            }
            now = b.build();
            complaints.update(now);
            audit.record("ESCALATE", "complaint", c.id(), c, now);
        }
        steps.note(
                c,
                new ComplaintSteps.Outcome(
                        now,
                        ComplaintEventKind.ESCALATED,
                        null,
                        Map.of(
                                "milestone",
                                t.milestone().name(),
                                "percent",
                                percent,
                                "severity",
                                now.severity().name())));
        if (s.actions().contains(EscalationAction.OPEN_CARE_ACTION)) {
            care.schedule(
                    new CareActions.Plan(
                            c.clientId(),
                            CareKind.COMPLAINT_FOLLOW_UP,
                            RecoveryFollowUp.reference(c) + "#" + t.milestone().name(),
                            null,
                            LocalDate.now(clock),
                            app.rapport.api.common.TenantRole.ACCOUNT_MANAGER.name(),
                            CareSource.COMPLAINT,
                            c.id(),
                            null,
                            null,
                            null),
                    now.owner());
        }
        return now;
    }
}
