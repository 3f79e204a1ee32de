package app.rapport.complaint;

import app.rapport.api.common.ProblemCode;
import app.rapport.api.complaint.ComplaintAction;
import java.util.Map;
import java.util.Optional;

/**
 * Who takes which step. Account managers and admins judge a complaint, assign its department, reopen it and write
 * its summary (a department's lead may write the summary too); the department's lead and members analyse the cause
 * and propose the remedy (admins may stand in); a supervisor — an admin or the department's lead — other than the one
 * who proposed it approves or rejects the remedy; the recovery is carried out by whoever handles the complaint (its
 * owner), the department, account managers and admins — who also put it on hold and release it — and accountability is recorded by a supervisor.
 */
final class HandlerPolicy {
    private HandlerPolicy() {}

    static Optional<Refusal> refusal(ComplaintAction action, ComplaintRow c, Handler h) {
        boolean allowed =
                switch (action) {
                    case JUDGE, ASSIGN, REOPEN -> h.isAdmin() || h.isManager();
                    case ANALYSE, PROPOSE -> h.isAdmin() || h.worksIn(c.departmentId());
                    case DECIDE, ACCOUNT -> h.isAdmin() || h.leads(c.departmentId());
                    case RECOVER, NOTIFY, FEEDBACK, RESOLVE, HOLD, RELEASE ->
                        h.isAdmin() || h.isManager() || h.username().equals(c.owner()) || h.worksIn(c.departmentId());
                    case CLOSE -> h.isAdmin() || h.isManager() || h.leads(c.departmentId());
                };
        if (!allowed) {
            return Optional.of(new Refusal(
                    ProblemCode.NOT_YOUR_STEP,
                    action + " of this complaint is for someone else: see the actions its view lists for you",
                    Map.of("action", action.name())));
        }
        if (action == ComplaintAction.DECIDE && h.username().equals(c.remedyBy())) {
            return Optional.of(new Refusal(
                    ProblemCode.OWN_REMEDY,
                    "a remedy is approved by a supervisor other than the one who proposed it",
                    Map.of("proposedBy", c.remedyBy())));
        }
        return Optional.empty();
    }
}
