package app.rapport.complaint;

import app.rapport.api.common.FieldCode;
import app.rapport.api.complaint.CauseAnalysis;
import app.rapport.api.complaint.ComplaintAction;
import app.rapport.api.complaint.ComplaintCause;
import app.rapport.api.complaint.ComplaintEventKind;
import app.rapport.api.complaint.ComplaintStatus;
import app.rapport.api.complaint.ComplaintView;
import app.rapport.api.complaint.DepartmentAssignment;
import app.rapport.api.complaint.RemedyDecision;
import app.rapport.api.complaint.RemedyProposal;
import app.rapport.api.complaint.Verdict;
import app.rapport.platform.Texts;
import app.rapport.platform.security.Actor;
import app.rapport.platform.web.ProblemException;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Steps 2 to 6: judge whether the complaint stands (the reason is what the client is told), assign the responsible
 * department, analyse the cause, propose a remedy, and approve it (recovery begins, with a follow-up care action for
 * the complaint's owner) or reject it with a reason (back to step 5).
 */
@Singleton
class HandleComplaint {
    private final ComplaintSteps steps;
    private final Departments departments;
    private final RecoveryFollowUp followUp;
    private final Actor actor;
    private final Clock clock;

    HandleComplaint(
            ComplaintSteps steps, Departments departments, RecoveryFollowUp followUp, Actor actor, Clock clock) {
        this.steps = steps;
        this.departments = departments;
        this.followUp = followUp;
        this.actor = actor;
        this.clock = clock;
    }

    @Transactional
    ComplaintView judge(String id, Verdict v) {
        return steps.take(id, ComplaintAction.JUDGE, c -> {
            boolean upheld = v.upheld();
            String reason = v.reason().strip();
            ComplaintRow.Builder after = new ComplaintRow.Builder(c)
                    .verdict(upheld, reason)
                    .status(upheld ? ComplaintStatus.UPHELD : ComplaintStatus.NOT_UPHELD);
            if (!upheld) {
                after.closedAt(Instant.now(clock)).hold(null);
            }
            return new ComplaintSteps.Outcome(
                    after.build(),
                    upheld ? ComplaintEventKind.UPHELD : ComplaintEventKind.NOT_UPHELD,
                    reason,
                    Map.of());
        });
    }

    @Transactional
    ComplaintView assign(String id, DepartmentAssignment a) {
        String departmentId = a.departmentId().strip();
        return steps.take(id, ComplaintAction.ASSIGN, c -> {
            // the complaint first (404 for another tenant's), then the department it names
            DepartmentRow d = departments
                    .find(departmentId)
                    .orElseThrow(
                            () -> ProblemException.badField("departmentId", FieldCode.INVALID, "value", departmentId));
            return new ComplaintSteps.Outcome(
                    new ComplaintRow.Builder(c)
                            .department(d.id())
                            .status(ComplaintStatus.ASSIGNED)
                            .build(),
                    ComplaintEventKind.ASSIGNED,
                    null,
                    Map.of("departmentId", d.id(), "department", d.name()));
        });
    }

    @Transactional
    ComplaintView analyse(String id, CauseAnalysis a) {
        Set<ComplaintCause> causes = new LinkedHashSet<>(a.causes());
        String codes = causes.stream().map(Enum::name).collect(Collectors.joining(","));
        String notes = Texts.blankToNull(a.notes());
        return steps.take(
                id,
                ComplaintAction.ANALYSE,
                c -> new ComplaintSteps.Outcome(
                        new ComplaintRow.Builder(c)
                                .causes(codes, notes)
                                .status(ComplaintStatus.ANALYSED)
                                .build(),
                        ComplaintEventKind.ANALYSED,
                        notes,
                        Map.of(
                                "causes",
                                List.copyOf(causes.stream().map(Enum::name).toList()))));
    }

    @Transactional
    ComplaintView propose(String id, RemedyProposal p) {
        String remedy = p.remedy().strip();
        return steps.take(
                id,
                ComplaintAction.PROPOSE,
                c -> new ComplaintSteps.Outcome(
                        new ComplaintRow.Builder(c)
                                .remedy(remedy, actor.name())
                                .decidedBy(null)
                                .status(ComplaintStatus.REMEDY_PROPOSED)
                                .build(),
                        ComplaintEventKind.REMEDY_PROPOSED,
                        remedy,
                        Map.of()));
    }

    @Transactional
    ComplaintView decide(String id, RemedyDecision d) {
        String reason = Texts.blankToNull(d.reason());
        if (!d.approved() && reason == null) {
            throw ProblemException.badField("reason", FieldCode.NOT_BLANK);
        }
        return steps.take(id, ComplaintAction.DECIDE, c -> {
            if (d.approved()) {
                followUp.plan(c);
                return new ComplaintSteps.Outcome(
                        new ComplaintRow.Builder(c)
                                .decidedBy(actor.name())
                                .status(ComplaintStatus.IN_RECOVERY)
                                .build(),
                        ComplaintEventKind.REMEDY_APPROVED,
                        reason,
                        Map.of());
            }
            return new ComplaintSteps.Outcome(
                    new ComplaintRow.Builder(c)
                            .decidedBy(actor.name())
                            .status(ComplaintStatus.ANALYSED)
                            .build(),
                    ComplaintEventKind.REMEDY_REJECTED,
                    reason,
                    Map.of());
        });
    }
}
