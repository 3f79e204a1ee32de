package app.rapport.complaint;

import app.rapport.api.common.TenantRole;
import app.rapport.api.complaint.ComplaintAction;
import app.rapport.api.inbox.NoticeKind;
import app.rapport.care.ClientOwners;
import app.rapport.care.Members;
import app.rapport.inbox.Notifier;
import app.rapport.platform.security.Actor;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who is told what about a complaint: its department's lead and members when it is assigned to them; the supervisors
 * who may decide a proposed remedy (the lead, or the admins when the lead proposed it); and, by escalation, its owner,
 * lead, admins or the client's account manager. Nobody is told of their own step.
 */
@Singleton
class ComplaintNotices {
    private final Notifier notifier;
    private final DepartmentRepository departments;
    private final Members members;
    private final ClientOwners owners;
    private final Actor actor;

    ComplaintNotices(
            Notifier notifier, DepartmentRepository departments, Members members, ClientOwners owners, Actor actor) {
        this.notifier = notifier;
        this.departments = departments;
        this.members = members;
        this.owners = owners;
        this.actor = actor;
    }

    void onStep(ComplaintRow after, ComplaintAction action) {
        if (action == ComplaintAction.ASSIGN) {
            departments.findById(after.departmentId()).ifPresent(d -> {
                List<String> team = new ArrayList<>(Departments.team(d));
                team.add(d.lead());
                tell(team, NoticeKind.COMPLAINT_ASSIGNED, after, Map.of());
            });
        } else if (action == ComplaintAction.PROPOSE) {
            String lead = lead(after);
            tell(
                    lead != null && !lead.equals(after.remedyBy()) ? List.of(lead) : admins(),
                    NoticeKind.APPROVAL_WAITING,
                    after,
                    Map.of());
        }
    }

    void tell(List<String> recipients, NoticeKind kind, ComplaintRow c, Map<String, Object> args) {
        Set<String> to = new LinkedHashSet<>(recipients);
        to.remove(actor.name());
        if (to.isEmpty()) {
            return;
        }
        Map<String, Object> all = new java.util.HashMap<>(args);
        all.put("number", c.number());
        notifier.tell(to, kind, c.id(), all);
    }

    String lead(ComplaintRow c) {
        return c.departmentId() == null
                ? null
                : departments
                        .findById(c.departmentId())
                        .map(DepartmentRow::lead)
                        .orElse(null);
    }

    List<String> admins() {
        return members.all().stream()
                .filter(m -> m.role() == TenantRole.TENANT_ADMIN)
                .map(app.rapport.api.care.Member::username)
                .toList();
    }

    String accountManager(ComplaintRow c) {
        return owners.ownerOf(c.clientId());
    }
}
