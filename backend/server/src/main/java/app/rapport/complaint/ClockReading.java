package app.rapport.complaint;

import app.rapport.api.sla.EscalationStep;
import app.rapport.api.sla.MilestoneTarget;
import app.rapport.api.sla.SlaMilestone;
import app.rapport.platform.calendar.BusinessCalendar;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A complaint's clocks read once (its events, policy version, calendar and the steps that fired): the rounds still
 * running, which escalation steps are due, and where they stand next ({@link DueRow}). The scan reads a complaint once
 * for both what fires and what it writes after.
 */
final class ClockReading {
    /** A clock still running (started, not paused, not ended), with the calendar it runs by. */
    record Live(MilestoneTarget target, SlaClock.Round round, BusinessCalendar calendar) {
        /** When this round has used {@code percent} of the target. */
        Instant at(int percent) {
            return SlaClock.deadline(calendar, round.startedAt(), SlaClock.share(target, percent), round.pauses());
        }

        /** When this round reaches the step: its share of the target, or its minutes before the deadline. */
        Instant at(EscalationStep step) {
            return SlaClock.deadline(
                    calendar,
                    round.startedAt(),
                    Duration.ofSeconds(step.secondsInto(target.minutes())),
                    round.pauses());
        }
    }

    /** An escalation step due now, of the clock's round that started at {@code roundStart}. */
    record DueStep(MilestoneTarget target, EscalationStep step, Instant roundStart) {}

    private final String complaintId;
    private final List<Live> live;
    private final Set<String> fired;

    ClockReading(String complaintId, List<Live> live, Set<String> fired) {
        this.complaintId = complaintId;
        this.live = live;
        this.fired = new HashSet<>(fired);
    }

    static String key(SlaMilestone m, Instant roundStart, int stepKey) {
        return m.name() + "|" + roundStart.toEpochMilli() + "|" + stepKey;
    }

    /** The steps due by {@code now} that have not fired. */
    List<DueStep> dueSteps(Instant now) {
        List<DueStep> out = new ArrayList<>();
        for (Live l : live) {
            for (EscalationStep s : l.target().escalations()) {
                if (!hasFired(l, s) && !l.at(s).isAfter(now)) {
                    out.add(new DueStep(l.target(), s, l.round().startedAt()));
                }
            }
        }
        return out;
    }

    /** The step fired: it is no longer next. */
    void fired(DueStep d) {
        fired.add(key(d.target().milestone(), d.roundStart(), d.step().key()));
    }

    /** Where the clocks stand next, or none when nothing runs. */
    DueRow due() {
        if (live.isEmpty()) {
            return null;
        }
        Live nearest = null;
        Instant deadline = null;
        Instant nextStep = null;
        for (Live l : live) {
            Instant d = l.at(100);
            if (deadline == null || d.isBefore(deadline)) {
                deadline = d;
                nearest = l;
            }
            for (EscalationStep s : l.target().escalations()) {
                if (!hasFired(l, s)) {
                    Instant at = l.at(s);
                    nextStep = nextStep == null || at.isBefore(nextStep) ? at : nextStep;
                }
            }
        }
        Integer warn = nearest.target().warnPercent();
        return new DueRow(
                complaintId, nearest.target().milestone(), deadline, warn == null ? null : nearest.at(warn), nextStep);
    }

    private boolean hasFired(Live l, EscalationStep s) {
        return fired.contains(key(l.target().milestone(), l.round().startedAt(), s.key()));
    }
}
