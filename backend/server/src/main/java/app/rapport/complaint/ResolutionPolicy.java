package app.rapport.complaint;

import app.rapport.api.common.ProblemCode;
import app.rapport.api.complaint.RecoveryItem;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * When the recovery (step 7) is done: every item of the checklist done or waived with a reason, who was accountable
 * recorded, the client told the outcome and their feedback collected.
 */
final class ResolutionPolicy {
    static final String ACCOUNTABILITY = "ACCOUNTABILITY";
    static final String CLIENT_NOTIFIED = "CLIENT_NOTIFIED";
    static final String FEEDBACK = "FEEDBACK";

    private ResolutionPolicy() {}

    /** What is still open, in checklist order, then the three records. */
    static List<String> open(ComplaintRow c, Collection<RecoveryRow> items) {
        Set<RecoveryItem> done = items.stream().map(RecoveryRow::item).collect(Collectors.toSet());
        List<String> open = new ArrayList<>();
        for (RecoveryItem i : RecoveryItem.values()) {
            if (!done.contains(i)) {
                open.add(i.name());
            }
        }
        if (c.responsible() == null) {
            open.add(ACCOUNTABILITY);
        }
        if (c.notice() == null) {
            open.add(CLIENT_NOTIFIED);
        }
        if (c.satisfied() == null) {
            open.add(FEEDBACK);
        }
        return open;
    }

    static Optional<Refusal> refusal(ComplaintRow c, Collection<RecoveryRow> items) {
        List<String> open = open(c, items);
        if (open.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Refusal(
                ProblemCode.RECOVERY_INCOMPLETE,
                "the recovery still lacks " + String.join(", ", open),
                Map.of("missing", open)));
    }
}
