package app.rapport.complaint;

import app.rapport.api.common.ProblemCode;
import app.rapport.api.complaint.ComplaintAction;
import app.rapport.api.complaint.ComplaintStatus;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The state machine of the eight steps: which status each action belongs to. Judging (2) takes a RECEIVED complaint;
 * a department (3) is assigned to an UPHELD complaint, or reassigned while the cause is analysed; the analysis (4)
 * is written on an ASSIGNED complaint and may be revised until a remedy is proposed; a remedy (5) is proposed on an
 * ANALYSED complaint and decided (6) while it is proposed; the recovery (7) — checklist, accountability, notice,
 * feedback, done — happens IN_RECOVERY; the summary (8) closes a RESOLVED complaint; a complaint that is over
 * (NOT_UPHELD or CLOSED) can only be reopened; one being handled can be put on hold (waiting on the client or a third
 * party) and released.
 */
final class StepPolicy {
    private static final Map<ComplaintAction, Set<ComplaintStatus>> FROM = new EnumMap<>(ComplaintAction.class);

    static {
        FROM.put(ComplaintAction.JUDGE, EnumSet.of(ComplaintStatus.RECEIVED));
        FROM.put(ComplaintAction.ASSIGN, EnumSet.of(ComplaintStatus.UPHELD, ComplaintStatus.ASSIGNED));
        FROM.put(ComplaintAction.ANALYSE, EnumSet.of(ComplaintStatus.ASSIGNED, ComplaintStatus.ANALYSED));
        FROM.put(ComplaintAction.PROPOSE, EnumSet.of(ComplaintStatus.ANALYSED));
        FROM.put(ComplaintAction.DECIDE, EnumSet.of(ComplaintStatus.REMEDY_PROPOSED));
        for (ComplaintAction a : EnumSet.of(
                ComplaintAction.RECOVER,
                ComplaintAction.ACCOUNT,
                ComplaintAction.NOTIFY,
                ComplaintAction.FEEDBACK,
                ComplaintAction.RESOLVE)) {
            FROM.put(a, EnumSet.of(ComplaintStatus.IN_RECOVERY));
        }
        FROM.put(ComplaintAction.CLOSE, EnumSet.of(ComplaintStatus.RESOLVED));
        FROM.put(ComplaintAction.REOPEN, EnumSet.of(ComplaintStatus.NOT_UPHELD, ComplaintStatus.CLOSED));
        Set<ComplaintStatus> handling =
                EnumSet.complementOf(EnumSet.of(ComplaintStatus.NOT_UPHELD, ComplaintStatus.CLOSED));
        FROM.put(ComplaintAction.HOLD, handling);
        FROM.put(ComplaintAction.RELEASE, handling);
    }

    private StepPolicy() {}

    static boolean allows(ComplaintStatus status, ComplaintAction action) {
        return allows(status, false, action);
    }

    /** A complaint on hold can be released, not held again; one not on hold can be held, not released. */
    static boolean allows(ComplaintStatus status, boolean onHold, ComplaintAction action) {
        if (action == ComplaintAction.HOLD && onHold || action == ComplaintAction.RELEASE && !onHold) {
            return false;
        }
        return FROM.get(action).contains(status);
    }

    static Optional<Refusal> refusal(ComplaintStatus status, boolean onHold, ComplaintAction action) {
        if (allows(status, onHold, action)) {
            return Optional.empty();
        }
        if (action == ComplaintAction.HOLD || action == ComplaintAction.RELEASE) {
            return Optional.of(new Refusal(
                    ProblemCode.WRONG_STEP,
                    "the complaint is " + (onHold ? "on hold already" : "not on hold") + " or over",
                    Map.of("status", status.name(), "action", action.name())));
        }
        return refusal(status, action);
    }

    static Optional<Refusal> refusal(ComplaintStatus status, ComplaintAction action) {
        if (allows(status, action)) {
            return Optional.empty();
        }
        return Optional.of(new Refusal(
                ProblemCode.WRONG_STEP,
                "the complaint is " + status + ": " + action + " belongs to another step",
                Map.of("status", status.name(), "action", action.name())));
    }

    /** Where reopening leads: a complaint not upheld is judged again; a closed one goes back to its department. */
    static ComplaintStatus reopenedTo(ComplaintStatus from) {
        return from == ComplaintStatus.NOT_UPHELD ? ComplaintStatus.RECEIVED : ComplaintStatus.ASSIGNED;
    }
}
