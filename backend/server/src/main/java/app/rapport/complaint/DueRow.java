package app.rapport.complaint;

import app.rapport.api.complaint.CardClock;
import app.rapport.api.sla.ClockState;
import app.rapport.api.sla.SlaMilestone;
import java.time.Instant;

/**
 * Where a complaint's clocks stand next (its {@code due_…} columns): the milestone with the nearest deadline still running,
 * when it turns at risk (none without a warning share), and when the next escalation step not yet fired is due (none:
 * no step left). Each may be null.
 */
record DueRow(String complaintId, SlaMilestone milestone, Instant deadline, Instant atRiskAt, Instant nextStepAt) {

    /** The card's clock as of {@code now}, or none when nothing running has a deadline. */
    CardClock card(Instant now) {
        if (milestone == null || deadline == null) {
            return null;
        }
        ClockState state = !now.isBefore(deadline)
                ? ClockState.BREACHED
                : atRiskAt != null && !now.isBefore(atRiskAt) ? ClockState.AT_RISK : ClockState.RUNNING;
        return new CardClock(milestone, deadline, state);
    }
}
