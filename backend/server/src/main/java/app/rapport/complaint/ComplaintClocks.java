package app.rapport.complaint;

import app.rapport.api.complaint.ComplaintAction;
import app.rapport.api.complaint.ComplaintStatus;
import app.rapport.api.complaint.RecoveryItem;
import app.rapport.api.sla.ClockState;
import app.rapport.api.sla.MilestoneClock;
import app.rapport.api.sla.MilestoneTarget;
import app.rapport.api.sla.ReopenRule;
import app.rapport.api.sla.SlaMilestone;
import app.rapport.calendar.Calendars;
import app.rapport.platform.calendar.BusinessCalendar;
import app.rapport.sla.SlaPolicies;
import app.rapport.tier.Tiers;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The service-level clocks of complaints, kept as events: a complaint starts under its client's tier's policy (else
 * the tenant's; none: nothing measured) and keeps that version; each step writes what it starts, fulfils or stops,
 * a hold pauses the milestones its reason pauses, a release resumes them, a reopening restarts those whose rule says
 * so. The clocks are computed from these events on read ({@link SlaClock}) by the business calendar of the client's
 * tier.
 */
@Singleton
class ComplaintClocks {
    /** The milestones whose clock starts when the complaint is received. */
    static final Set<SlaMilestone> FROM_RECEIPT = EnumSet.of(
            SlaMilestone.FIRST_RESPONSE,
            SlaMilestone.DEPARTMENT_ASSIGNED,
            SlaMilestone.CAUSE_ANALYSED,
            SlaMilestone.REMEDY_APPROVED,
            SlaMilestone.RECOVERED,
            SlaMilestone.CLOSED);

    private final ClockEventRepository events;
    private final SlaPolicies policies;
    private final Calendars calendars;
    private final Tiers tiers;
    private final ComplaintDue due;
    private final FiredRepository fired;
    private final Clock clock;

    ComplaintClocks(
            ClockEventRepository events,
            SlaPolicies policies,
            Calendars calendars,
            Tiers tiers,
            ComplaintDue due,
            FiredRepository fired,
            Clock clock) {
        this.events = events;
        this.policies = policies;
        this.calendars = calendars;
        this.tiers = tiers;
        this.due = due;
        this.fired = fired;
        this.clock = clock;
    }

    Optional<SlaPolicies.Applied> policyFor(String clientId) {
        return policies.forTier(tiers.tierIdOf(clientId).orElse(null));
    }

    /** A complaint was recorded: the clocks that run from receipt start. */
    void start(ComplaintRow c) {
        for (MilestoneTarget t : targets(c)) {
            if (FROM_RECEIPT.contains(t.milestone())) {
                write(c, t.milestone(), ClockKind.STARTED);
            }
        }
        refresh(c, Instant.now(clock));
    }

    /** A step was taken: what it fulfils, starts, stops, pauses or resumes. */
    void onStep(ComplaintRow before, ComplaintRow after, ComplaintAction action, Map<String, Object> args) {
        List<MilestoneTarget> targets = targets(after);
        if (targets.isEmpty()) {
            return;
        }
        Map<SlaMilestone, ClockKind> last = lastEvents(after.id());
        Set<SlaMilestone> fulfil = EnumSet.noneOf(SlaMilestone.class);
        Set<SlaMilestone> startNow = EnumSet.noneOf(SlaMilestone.class);
        switch (action) {
            case JUDGE -> fulfil.add(SlaMilestone.FIRST_RESPONSE);
            case ASSIGN -> fulfil.add(SlaMilestone.DEPARTMENT_ASSIGNED);
            case ANALYSE -> fulfil.add(SlaMilestone.CAUSE_ANALYSED);
            case DECIDE -> {
                if (after.status() == ComplaintStatus.IN_RECOVERY) {
                    fulfil.add(SlaMilestone.REMEDY_APPROVED);
                    startNow.add(SlaMilestone.FOLLOW_UP);
                }
            }
            case RECOVER -> {
                if (RecoveryItem.FOLLOW_UP.name().equals(args.get("item"))) {
                    fulfil.add(SlaMilestone.FOLLOW_UP);
                }
            }
            case RESOLVE -> fulfil.add(SlaMilestone.RECOVERED);
            case CLOSE -> fulfil.add(SlaMilestone.CLOSED);
            default -> {}
        }
        if (action != ComplaintAction.REOPEN && action != ComplaintAction.HOLD && action != ComplaintAction.RELEASE) {
            fulfil.add(SlaMilestone.RETURN_RESPONSE); // the team's first step after the client came back
        }
        for (MilestoneTarget t : targets) {
            SlaMilestone m = t.milestone();
            ClockKind now = last.get(m);
            boolean running = now == ClockKind.STARTED || now == ClockKind.PAUSED || now == ClockKind.RESUMED;
            if (action == ComplaintAction.REOPEN) {
                boolean restart = m == SlaMilestone.RETURN_RESPONSE
                        || (t.onReopen() == ReopenRule.RESTART && FROM_RECEIPT.contains(m));
                if (restart) {
                    write(after, m, ClockKind.STARTED);
                }
            } else if (action == ComplaintAction.HOLD) {
                if (running && now != ClockKind.PAUSED && t.pausedBy().contains(after.holdReason())) {
                    write(after, m, ClockKind.PAUSED);
                }
            } else if (action == ComplaintAction.RELEASE) {
                if (now == ClockKind.PAUSED) {
                    write(after, m, ClockKind.RESUMED);
                }
            } else if (running && fulfil.contains(m)) {
                write(after, m, ClockKind.FULFILLED);
            } else if (startNow.contains(m)) {
                write(after, m, ClockKind.STARTED);
            } else if (running && after.status().isOver()) {
                write(after, m, ClockKind.STOPPED); // handling ended without it (not upheld, or closed before it)
            }
        }
        refresh(after, Instant.now(clock));
    }

    /** Every milestone of the policy the complaint started under, computed now. */
    List<MilestoneClock> of(ComplaintRow c) {
        return of(c, Instant.now(clock));
    }

    /** Every milestone's clock as of {@code now}. */
    List<MilestoneClock> of(ComplaintRow c, Instant now) {
        List<MilestoneTarget> targets = targets(c);
        if (targets.isEmpty()) {
            return List.of();
        }
        Map<SlaMilestone, List<ClockEventRow>> byMilestone = byMilestone(c);
        BusinessCalendar calendar = calendarOf(c);
        List<MilestoneClock> out = new ArrayList<>();
        for (MilestoneTarget t : targets) {
            SlaClock.of(t, byMilestone.getOrDefault(t.milestone(), List.of()), calendar, now)
                    .ifPresent(out::add);
        }
        return out;
    }

    /**
     * Writes where the complaint's clocks stand next ({@link DueRow}), from its events and the steps that fired; a
     * complaint that is over, or has nothing running, has none.
     */
    void refresh(ComplaintRow c, Instant now) {
        refresh(c, c.status().isOver() ? null : read(c, now));
    }

    /** Writes where the clocks stand next as {@code reading} (none: nothing runs) says. */
    void refresh(ComplaintRow c, ClockReading reading) {
        DueRow d = c.status().isOver() || reading == null ? null : reading.due();
        if (d == null) {
            due.remove(c.id());
        } else {
            due.put(d);
        }
    }

    /** The complaint's clocks still running as of {@code now} and the steps that fired, read once. */
    ClockReading read(ComplaintRow c, Instant now) {
        List<MilestoneTarget> targets = targets(c);
        if (targets.isEmpty()) {
            return new ClockReading(c.id(), List.of(), Set.of());
        }
        Map<SlaMilestone, List<ClockEventRow>> byMilestone = byMilestone(c);
        BusinessCalendar calendar = calendarOf(c);
        List<ClockReading.Live> live = new ArrayList<>();
        for (MilestoneTarget t : targets) {
            SlaClock.Round.of(byMilestone.getOrDefault(t.milestone(), List.of()), now)
                    .filter(r -> r.end() == null && !r.paused())
                    .ifPresent(r -> live.add(new ClockReading.Live(t, r, calendar)));
        }
        if (live.isEmpty()) {
            return new ClockReading(c.id(), live, Set.of());
        }
        Set<String> keys = new java.util.HashSet<>();
        fired.ofComplaint(c.id()).forEach(f -> keys.add(ClockReading.key(f.milestone(), f.roundStart(), f.percent())));
        return new ClockReading(c.id(), live, keys);
    }

    private Map<SlaMilestone, List<ClockEventRow>> byMilestone(ComplaintRow c) {
        Map<SlaMilestone, List<ClockEventRow>> byMilestone = new EnumMap<>(SlaMilestone.class);
        events.inOrder(c.id()).forEach(e -> byMilestone
                .computeIfAbsent(e.milestone(), k -> new ArrayList<>())
                .add(e));
        return byMilestone;
    }

    private BusinessCalendar calendarOf(ComplaintRow c) {
        return calendars.forTier(tiers.tierIdOf(c.clientId()).orElse(null));
    }

    /** The policy version's number the complaint started under (0: none). */
    long version(ComplaintRow c) {
        return c.slaPolicyId() == null
                ? 0
                : policies.version(c.slaPolicyId())
                        .map(SlaPolicies.Applied::version)
                        .orElse(0L);
    }

    List<MilestoneTarget> targets(ComplaintRow c) {
        return c.slaPolicyId() == null
                ? List.of()
                : policies.version(c.slaPolicyId())
                        .map(SlaPolicies.Applied::targets)
                        .orElse(List.of());
    }

    private Map<SlaMilestone, ClockKind> lastEvents(String complaintId) {
        Map<SlaMilestone, ClockKind> last = new EnumMap<>(SlaMilestone.class);
        events.inOrder(complaintId).forEach(e -> last.put(e.milestone(), e.kind()));
        return last;
    }

    private void write(ComplaintRow c, SlaMilestone m, ClockKind kind) {
        ClockEventRow row = new ClockEventRow(UUID.randomUUID().toString(), c.id(), m, kind, Instant.now(clock));
        events.save(row);
        if (kind == ClockKind.FULFILLED) {
            met(c, row).ifPresent(met -> events.setMet(row.id(), met));
        }
    }

    /**
     * Whether the FULFILLED event {@code fulfilled} met its milestone's target: the clock of the round it ended, in
     * the business time of the complaint's calendar; none when the complaint has no policy with that milestone.
     */
    Optional<Boolean> met(ComplaintRow c, ClockEventRow fulfilled) {
        Optional<MilestoneTarget> target = targets(c).stream()
                .filter(t -> t.milestone() == fulfilled.milestone())
                .findFirst();
        if (target.isEmpty()) {
            return Optional.empty();
        }
        List<ClockEventRow> upTo = new ArrayList<>();
        for (ClockEventRow e : events.inOrder(c.id())) {
            if (e.milestone() == fulfilled.milestone()) {
                upTo.add(e);
            }
            if (e.id().equals(fulfilled.id())) {
                break;
            }
        }
        return SlaClock.of(target.get(), upTo, calendarOf(c), fulfilled.at()).map(clk -> clk.state() == ClockState.MET);
    }
}
