package app.rapport.tools;

import app.rapport.api.common.Channel;
import app.rapport.api.complaint.Accountability;
import app.rapport.api.complaint.CauseAnalysis;
import app.rapport.api.complaint.ClientFeedback;
import app.rapport.api.complaint.ClientNotice;
import app.rapport.api.complaint.CompensationKind;
import app.rapport.api.complaint.ComplaintApi;
import app.rapport.api.complaint.ComplaintCause;
import app.rapport.api.complaint.ComplaintStatus;
import app.rapport.api.complaint.ComplaintSummary;
import app.rapport.api.complaint.ComplaintView;
import app.rapport.api.complaint.ComplaintWrite;
import app.rapport.api.complaint.DepartmentApi;
import app.rapport.api.complaint.DepartmentAssignment;
import app.rapport.api.complaint.DepartmentView;
import app.rapport.api.complaint.DepartmentWrite;
import app.rapport.api.complaint.RecoveryItem;
import app.rapport.api.complaint.RecoveryWrite;
import app.rapport.api.complaint.RemedyDecision;
import app.rapport.api.complaint.RemedyProposal;
import app.rapport.api.complaint.Severity;
import app.rapport.api.complaint.Verdict;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The demo tenants' departments and complaints, taken by their own people to the state each demo line names: staff
 * record them, the manager judges and assigns, the department (manager as lead, staff as member) analyses and
 * proposes, the admin approves, staff carry out the recovery and the manager closes — so the board shows one in every
 * state, one waiting for approval among them.
 */
final class DemoComplaints {
    /** Runs a call as a user's token. */
    interface As {
        <T> T as(String token, Supplier<T> call);
    }

    /** What the demo's people write at each step, in the tenant's language. */
    private record Words(
            String name,
            String upheld,
            String notUpheld,
            String remedy,
            String who,
            String consequence,
            String notice,
            String lessons) {}

    private static final Words ENGLISH = new Words(
            "Guest relations",
            "The client is right: we did not keep our promise.",
            "Our published terms exclude this; explained to the client.",
            "Apologise in person, put it right today and offer a small gesture.",
            "Front desk shift",
            "Briefed at the next shift meeting",
            "Phoned the client and explained what we did.",
            "Check the booking before the guest arrives.");
    private static final Words CHINESE = new Words(
            "客户服务部",
            "客户反映属实：我们没有兑现承诺。",
            "按已公布的业务规定不在服务范围内，已向客户解释。",
            "当面道歉，今天解决问题，并送上一点心意。",
            "营业厅当班人员",
            "在下次班前会上通报并培训",
            "已电话告知客户处理结果。",
            "上门或办理前先核对工单和客户资料。");

    private Words words = ENGLISH;
    private final app.rapport.api.sla.SlaApi sla;
    private final app.rapport.api.tier.TiersApi tiers;
    private final ComplaintApi complaints;
    private final DepartmentApi departments;
    private final As as;

    DemoComplaints(
            ComplaintApi complaints,
            DepartmentApi departments,
            app.rapport.api.sla.SlaApi sla,
            app.rapport.api.tier.TiersApi tiers,
            As as) {
        this.sla = sla;
        this.tiers = tiers;
        this.complaints = complaints;
        this.departments = departments;
        this.as = as;
    }

    /**
     * Loads the lines ({client, channel, severity, state, cause, what, asks}) unless the tenant has departments;
     * {@code clientId} finds a demo client by name. Answers how many complaints were recorded.
     */
    int load(
            List<String[]> lines,
            String prefix,
            String admin,
            String manager,
            String staff,
            BiFunction<String, String, String> clientId) {
        if (!as.as(admin, departments::departments).isEmpty()) {
            return -1;
        }
        serviceLevels(admin);
        // the team writes in the language most of its clients complain in (a Chinese tenant has a foreign client too)
        List<String[]> rows = lines.stream().filter(l -> !l[0].startsWith("#")).toList();
        long inChinese = rows.stream()
                .filter(l -> l[5].codePoints().anyMatch(c -> c >= 0x4e00 && c <= 0x9fff))
                .count();
        boolean chinese = inChinese * 2 > rows.size();
        words = chinese ? CHINESE : ENGLISH;
        String name = words.name();
        DepartmentView desk = as.as(
                        admin,
                        () -> departments.addDepartment(
                                new DepartmentWrite(name, prefix + ".manager", List.of(prefix + ".staff"))))
                .body();
        for (String[] l : lines) {
            String client = clientId.apply(staff, l[0]);
            ComplaintView c = as.as(
                            staff,
                            () -> complaints.record(new ComplaintWrite(
                                    client,
                                    Channel.valueOf(l[1]),
                                    l[5],
                                    Severity.valueOf(l[2]),
                                    "-".equals(l[6]) ? null : l[6],
                                    null,
                                    null,
                                    null,
                                    null)))
                    .body();
            reach(c.id(), ComplaintStatus.valueOf(l[3]), l[4], desk.id(), admin, manager, staff);
        }
        return lines.size();
    }

    /**
     * The workspace's service levels and a tighter set for its first tier, as a service business would start: an answer
     * within half an hour, the department the same day, the recovery within three business days; the first tier's in
     * half the time. Complaints recorded afterwards run by them (the one still waiting is breached half an hour on).
     */
    private void serviceLevels(String admin) {
        List<app.rapport.api.sla.MilestoneTarget> standard = List.of(
                target(app.rapport.api.sla.SlaMilestone.FIRST_RESPONSE, 30, true),
                target(app.rapport.api.sla.SlaMilestone.DEPARTMENT_ASSIGNED, 8 * 60, false),
                target(app.rapport.api.sla.SlaMilestone.REMEDY_APPROVED, 16 * 60, false),
                target(app.rapport.api.sla.SlaMilestone.RECOVERED, 24 * 60, true),
                target(app.rapport.api.sla.SlaMilestone.FOLLOW_UP, 8 * 60, true),
                target(app.rapport.api.sla.SlaMilestone.CLOSED, 40 * 60, true),
                target(app.rapport.api.sla.SlaMilestone.RETURN_RESPONSE, 2 * 60, false));
        as.as(admin, () -> sla.setPolicy("\"0\"", new app.rapport.api.sla.SlaPolicyWrite(standard)));
        List<app.rapport.api.tier.TierDefinition> graded =
                as.as(admin, tiers::settings).body().tiers();
        if (!graded.isEmpty()) {
            List<app.rapport.api.sla.MilestoneTarget> tighter = standard.stream()
                    .map(t -> new app.rapport.api.sla.MilestoneTarget(
                            t.milestone(),
                            Math.max(15, t.minutes() / 2),
                            t.pausedBy(),
                            t.onReopen(),
                            t.warnPercent(),
                            t.escalations()))
                    .toList();
            as.as(
                    admin,
                    () -> sla.setTierPolicy(
                            graded.get(0).id(), "\"0\"", new app.rapport.api.sla.SlaPolicyWrite(tighter)));
        }
    }

    private static app.rapport.api.sla.MilestoneTarget target(
            app.rapport.api.sla.SlaMilestone m, int minutes, boolean pausedForClient) {
        return new app.rapport.api.sla.MilestoneTarget(
                m,
                minutes,
                pausedForClient
                        ? java.util.Set.of(
                                app.rapport.api.sla.HoldReason.WAITING_FOR_CLIENT,
                                app.rapport.api.sla.HoldReason.WAITING_FOR_THIRD_PARTY)
                        : java.util.Set.of(),
                m == app.rapport.api.sla.SlaMilestone.FIRST_RESPONSE
                        ? app.rapport.api.sla.ReopenRule.KEEP
                        : app.rapport.api.sla.ReopenRule.RESTART,
                75,
                List.of(
                        new app.rapport.api.sla.EscalationStep(
                                75, java.util.Set.of(app.rapport.api.sla.EscalationAction.NOTIFY_OWNER)),
                        new app.rapport.api.sla.EscalationStep(
                                100,
                                java.util.Set.of(
                                        app.rapport.api.sla.EscalationAction.NOTIFY_LEAD,
                                        app.rapport.api.sla.EscalationAction.NOTIFY_SUPERVISORS)),
                        new app.rapport.api.sla.EscalationStep(
                                200,
                                java.util.Set.of(
                                        app.rapport.api.sla.EscalationAction.RAISE_SEVERITY,
                                        app.rapport.api.sla.EscalationAction.NOTIFY_ACCOUNT_MANAGER))));
    }

    private void reach(
            String id, ComplaintStatus to, String cause, String desk, String admin, String manager, String staff) {
        Function<Supplier<?>, Object> asManager = call -> as.as(manager, call);
        if (to == ComplaintStatus.RECEIVED) {
            return;
        }
        if (to == ComplaintStatus.NOT_UPHELD) {
            asManager.apply(() -> complaints.judge(id, new Verdict(false, words.notUpheld())));
            return;
        }
        asManager.apply(() -> complaints.judge(id, new Verdict(true, words.upheld())));
        if (to == ComplaintStatus.UPHELD) {
            return;
        }
        asManager.apply(() -> complaints.assign(id, new DepartmentAssignment(desk)));
        if (to == ComplaintStatus.ASSIGNED) {
            return;
        }
        as.as(staff, () -> complaints.analyse(id, new CauseAnalysis(List.of(ComplaintCause.valueOf(cause)), null)));
        if (to == ComplaintStatus.ANALYSED) {
            return;
        }
        as.as(staff, () -> complaints.propose(id, new RemedyProposal(words.remedy())));
        if (to == ComplaintStatus.REMEDY_PROPOSED) {
            return;
        }
        as.as(admin, () -> complaints.decide(id, new RemedyDecision(true, null)));
        as.as(staff, () -> complaints.recover(id, RecoveryItem.APOLOGY, new RecoveryWrite(false, null, null, null)));
        as.as(
                staff,
                () -> complaints.recover(id, RecoveryItem.URGENT_REMEDY, new RecoveryWrite(false, null, null, null)));
        if (to == ComplaintStatus.IN_RECOVERY) {
            return;
        }
        as.as(staff, () -> complaints.recover(id, RecoveryItem.EMPATHY, new RecoveryWrite(false, null, null, null)));
        as.as(
                staff,
                () -> complaints.recover(
                        id,
                        RecoveryItem.COMPENSATION,
                        new RecoveryWrite(false, null, CompensationKind.VOUCHER, new BigDecimal("100"))));
        as.as(staff, () -> complaints.recover(id, RecoveryItem.FOLLOW_UP, new RecoveryWrite(false, null, null, null)));
        asManager.apply(() -> complaints.account(id, new Accountability(words.who(), words.consequence())));
        as.as(staff, () -> complaints.notifyClient(id, new ClientNotice(words.notice())));
        as.as(staff, () -> complaints.feedback(id, new ClientFeedback(true, null)));
        as.as(staff, () -> complaints.resolve(id));
        if (to == ComplaintStatus.RESOLVED) {
            return;
        }
        asManager.apply(() -> complaints.close(id, new ComplaintSummary(words.lessons(), true)));
    }
}
