package app.rapport.complaint;

import app.rapport.api.sla.ClockState;
import app.rapport.api.sla.MilestoneClock;
import app.rapport.api.sla.MilestoneTarget;
import app.rapport.platform.calendar.BusinessCalendar;
import app.rapport.platform.calendar.Interval;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A milestone's clock computed from its events — never a stored counter. The clock runs from its last STARTED (a
 * restart on reopening forgets the earlier round) in business time by the calendar; PAUSED…RESUMED stretches count
 * only where they overlap open time; FULFILLED or STOPPED ends it. The deadline is where the target is used up,
 * walking the open stretches between pauses; while paused there is none. A clock still running is BREACHED once now is
 * past its deadline, AT_RISK past its warning share; a fulfilled one is MET, or MET_LATE when it was fulfilled after
 * its deadline.
 */
final class SlaClock {
    private SlaClock() {}

    /** The clock, or none if it never started. */
    static Optional<MilestoneClock> of(
            MilestoneTarget target, List<ClockEventRow> events, BusinessCalendar calendar, Instant now) {
        return Round.of(events, now).map(r -> r.clock(target, calendar));
    }

    /**
     * When a clock still running has used {@code percent} of its target (a warning share, 100 the deadline, more a
     * later escalation step); none when it never started, is paused or ended.
     */
    static Optional<Instant> when(
            MilestoneTarget target, List<ClockEventRow> events, BusinessCalendar calendar, Instant now, int percent) {
        return Round.of(events, now)
                .filter(r -> r.end() == null && !r.paused())
                .map(r -> deadline(calendar, r.startedAt(), share(target, percent), r.pauses()));
    }

    /** {@code percent} of the target, to the second. */
    static Duration share(MilestoneTarget target, int percent) {
        return Duration.ofSeconds((long) target.minutes() * 60 * percent / 100);
    }

    /** Where the target is used up: through the open time before each pause, then after the last. */
    static Instant deadline(BusinessCalendar calendar, Instant start, Duration target, List<Interval> pauses) {
        Duration left = target;
        Instant cursor = start;
        for (Interval p : Interval.merged(pauses)) {
            if (p.end().isBefore(cursor) || p.end().equals(cursor)) {
                continue;
            }
            Instant pauseStart = p.start().isBefore(cursor) ? cursor : p.start();
            Duration open = calendar.businessTimeBetween(cursor, pauseStart);
            if (open.compareTo(left) >= 0) {
                return calendar.addBusinessTime(cursor, left);
            }
            left = left.minus(open);
            cursor = p.end();
        }
        return calendar.addBusinessTime(cursor, left);
    }

    /**
     * The clock's current round read from its events: when it started, its pauses (one still open runs to now or to
     * the end), and how it ended, if it did.
     */
    record Round(Instant startedAt, List<Interval> pauses, boolean paused, Instant end, ClockKind ending, Instant now) {
        static Optional<Round> of(List<ClockEventRow> events, Instant now) {
            int start = -1;
            for (int i = 0; i < events.size(); i++) {
                if (events.get(i).kind() == ClockKind.STARTED) {
                    start = i;
                }
            }
            if (start < 0) {
                return Optional.empty();
            }
            List<Interval> pauses = new ArrayList<>();
            Instant pausedSince = null;
            Instant end = null;
            ClockKind ending = null;
            for (ClockEventRow e : events.subList(start + 1, events.size())) {
                switch (e.kind()) {
                    case PAUSED -> pausedSince = pausedSince == null ? e.at() : pausedSince;
                    case RESUMED -> {
                        if (pausedSince != null) {
                            pauses.add(new Interval(pausedSince, e.at()));
                            pausedSince = null;
                        }
                    }
                    case FULFILLED, STOPPED -> {
                        end = e.at();
                        ending = e.kind();
                    }
                    default -> {}
                }
                if (end != null) {
                    break;
                }
            }
            boolean paused = pausedSince != null && end == null;
            if (pausedSince != null) {
                pauses.add(new Interval(pausedSince, end != null ? end : now));
            }
            return Optional.of(new Round(events.get(start).at(), pauses, paused, end, ending, now));
        }

        MilestoneClock clock(MilestoneTarget target, BusinessCalendar calendar) {
            Duration goal = Duration.ofMinutes(target.minutes());
            Duration used = calendar.businessTimeBetween(startedAt, end != null ? end : now, pauses);
            Instant deadline = paused ? null : deadline(calendar, startedAt, goal, pauses);
            ClockState state;
            if (ending == ClockKind.STOPPED) {
                state = ClockState.STOPPED;
            } else if (ending == ClockKind.FULFILLED) {
                state = used.compareTo(goal) > 0 ? ClockState.MET_LATE : ClockState.MET;
            } else if (used.compareTo(goal) > 0) {
                state = ClockState.BREACHED;
            } else if (paused) {
                state = ClockState.PAUSED;
            } else if (target.warnPercent() != null
                    && used.toMinutes() * 100 >= (long) target.minutes() * target.warnPercent()) {
                state = ClockState.AT_RISK;
            } else {
                state = ClockState.RUNNING;
            }
            return new MilestoneClock(
                    target.milestone(),
                    target.minutes(),
                    state,
                    startedAt,
                    deadline,
                    ending == ClockKind.FULFILLED ? end : null,
                    used.toMinutes(),
                    target.minutes() - used.toMinutes());
        }
    }
}
