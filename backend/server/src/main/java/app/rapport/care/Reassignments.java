package app.rapport.care;

import app.rapport.api.care.Assignment;
import app.rapport.api.care.BulkReassignment;
import app.rapport.api.care.CareActionView;
import app.rapport.api.care.CareStatus;
import app.rapport.api.care.Member;
import app.rapport.api.care.ReassignmentResult;
import app.rapport.api.common.FieldCode;
import app.rapport.platform.audit.AuditLog;
import app.rapport.platform.web.ProblemException;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Handing open care actions to another member: one at a time, many at once, or (for {@link ClientOwners}) a client's
 * waiting actions to its new owner. Each hand-over writes the owner alone and is audited.
 */
@Singleton
public class Reassignments {
    private final CareActionRepository actions;
    private final CareActions careActions;
    private final Members members;
    private final CareActionViews views;
    private final AuditLog audit;

    Reassignments(
            CareActionRepository actions,
            CareActions careActions,
            Members members,
            CareActionViews views,
            AuditLog audit) {
        this.actions = actions;
        this.careActions = careActions;
        this.members = members;
        this.views = views;
        this.audit = audit;
    }

    @Transactional
    public CareActionView reassign(String id, Assignment assignment) {
        CareActionRow before = CareActions.open(careActions.locked(id));
        Member m = members.require(assignment.owner().strip(), "owner");
        return views.of(List.of(handOver(before, m.username()))).get(0);
    }

    /** Hands open actions to a member at once; unknown ids refuse the whole request, closed ones are left alone. */
    @Transactional
    public ReassignmentResult reassignAll(BulkReassignment request) {
        Member m = members.require(request.owner().strip(), "owner");
        Set<String> ids = new HashSet<>(request.actionIds());
        List<CareActionRow> found = actions.findByIdInForUpdate(ids);
        if (found.size() != ids.size()) {
            Set<String> missing = new HashSet<>(ids);
            found.forEach(a -> missing.remove(a.id()));
            throw ProblemException.badField("actionIds", FieldCode.UNKNOWN_IDS, "ids", List.copyOf(missing));
        }
        int moved = 0;
        int closed = 0;
        for (CareActionRow before : found) {
            if (before.status() != CareStatus.PLANNED) {
                closed++;
                continue;
            }
            handOver(before, m.username());
            moved++;
        }
        return new ReassignmentResult(moved, closed);
    }

    /** Gives the action to {@code owner} (the one column that changes), audited; answers the row as it now is. */
    CareActionRow handOver(CareActionRow before, String owner) {
        actions.update(before.id(), owner);
        CareActionRow after = actions.findById(before.id()).orElseThrow();
        audit.record("REASSIGN", "care_action", before.id(), before, after);
        return after;
    }
}
