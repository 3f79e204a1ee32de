package app.rapport.api.complaint;

import app.rapport.api.sla.ClockState;
import app.rapport.api.sla.SlaMilestone;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/**
 * A complaint's nearest deadline on the board: which milestone, when, and whether it is RUNNING, AT_RISK (past its
 * warning share) or BREACHED (past the deadline) as of the moment the board was read.
 */
@Serdeable
public record CardClock(SlaMilestone milestone, Instant deadline, ClockState state) {}
