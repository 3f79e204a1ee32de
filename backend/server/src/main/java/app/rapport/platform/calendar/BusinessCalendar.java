package app.rapport.platform.calendar;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * When a service business is open, and business time by it. A week of open slots per weekday in the calendar's time
 * zone (several a day: a lunch break is the gap between two), holidays (closed all day) and special days (their own
 * slots — a working Saturday that makes up for a holiday, a short Christmas Eve). A slot closing at {@code 00:00}
 * closes at the end of its day, so {@code 00:00–00:00} is the whole day.
 *
 * <p>Slots are local times: on a day the clocks change, a slot is as long as the wall clock says (a 24-hour slot lasts
 * 23 hours in spring). Pauses count only where they overlap open time — a pause over a weekend takes nothing off a
 * Monday — which is where several help desks go wrong by adding the raw hold time to the deadline.
 */
public final class BusinessCalendar {
    /** How far ahead to look for open time before concluding that the calendar is never open. */
    private static final int MAX_DAYS = 3 * 366;

    /** One open stretch of a day: {@code [open, close)}; {@code close} 00:00 means the end of the day. */
    public record Slot(LocalTime open, LocalTime close) {
        public Slot {
            if (!close.equals(LocalTime.MIDNIGHT) && !close.isAfter(open)) {
                throw new IllegalArgumentException("a slot closes after it opens: " + open + "–" + close);
            }
        }

        public static Slot of(String open, String close) {
            return new Slot(LocalTime.parse(open), LocalTime.parse(close));
        }
    }

    private final ZoneId zone;
    private final Map<DayOfWeek, List<Slot>> week;
    private final Set<LocalDate> holidays;
    private final Map<LocalDate, List<Slot>> specialDays;

    public BusinessCalendar(
            ZoneId zone,
            Map<DayOfWeek, List<Slot>> week,
            Set<LocalDate> holidays,
            Map<LocalDate, List<Slot>> specialDays) {
        this.zone = zone;
        EnumMap<DayOfWeek, List<Slot>> w = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek d : DayOfWeek.values()) {
            w.put(d, sortedWithoutOverlap(week.getOrDefault(d, List.of())));
        }
        this.week = w;
        this.holidays = Set.copyOf(holidays);
        Map<LocalDate, List<Slot>> s = new java.util.HashMap<>();
        specialDays.forEach((day, slots) -> s.put(day, sortedWithoutOverlap(slots)));
        this.specialDays = Map.copyOf(s);
    }

    /** Open at every moment of every day (business time is plain time). */
    public static BusinessCalendar roundTheClock(ZoneId zone) {
        Map<DayOfWeek, List<Slot>> week = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek d : DayOfWeek.values()) {
            week.put(d, List.of(new Slot(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT)));
        }
        return new BusinessCalendar(zone, week, Set.of(), Map.of());
    }

    public ZoneId zone() {
        return zone;
    }

    /** The slots of a day: a special day's own, none on a holiday, else its weekday's. */
    public List<Slot> slotsOn(LocalDate day) {
        List<Slot> special = specialDays.get(day);
        if (special != null) {
            return special;
        }
        return holidays.contains(day) ? List.of() : week.get(day.getDayOfWeek());
    }

    /** The open stretches of a day as instants (on a day the clocks change, as long as the wall clock says). */
    public List<Interval> openOn(LocalDate day) {
        List<Interval> out = new ArrayList<>();
        for (Slot s : slotsOn(day)) {
            Instant open = ZonedDateTime.of(day, s.open(), zone).toInstant();
            Instant close = s.close().equals(LocalTime.MIDNIGHT)
                    ? day.plusDays(1).atStartOfDay(zone).toInstant()
                    : ZonedDateTime.of(day, s.close(), zone).toInstant();
            out.add(new Interval(open, close));
        }
        return out;
    }

    public boolean isOpen(Instant at) {
        LocalDate day = at.atZone(zone).toLocalDate();
        return openOn(day).stream().anyMatch(i -> !at.isBefore(i.start()) && at.isBefore(i.end()));
    }

    /**
     * The instant at which {@code amount} of business time has passed since {@code start}: time before the next
     * opening does not count. Refused when the calendar has no open time within three years.
     */
    public Instant addBusinessTime(Instant start, Duration amount) {
        if (amount.isNegative()) {
            throw new IllegalArgumentException("business time is added forwards: " + amount);
        }
        Duration left = amount;
        LocalDate day = start.atZone(zone).toLocalDate().minusDays(1); // a slot of the day before may still be open
        for (int i = 0; i < MAX_DAYS; i++, day = day.plusDays(1)) {
            for (Interval open : openOn(day)) {
                if (!open.end().isAfter(start)) {
                    continue;
                }
                Instant from = open.start().isAfter(start) ? open.start() : start;
                Duration here = Duration.between(from, open.end());
                if (left.compareTo(here) <= 0) {
                    return from.plus(left);
                }
                left = left.minus(here);
            }
        }
        throw new IllegalStateException("the calendar has no open time within " + MAX_DAYS + " days of " + start);
    }

    /** The business time between two instants ({@code zero} when {@code to} is not after {@code from}). */
    public Duration businessTimeBetween(Instant from, Instant to) {
        return businessTimeBetween(from, to, List.of());
    }

    /**
     * The business time between two instants, less the pauses — each counted only where it overlaps open time within
     * the stretch, and overlapping pauses only once.
     */
    public Duration businessTimeBetween(Instant from, Instant to, List<Interval> pauses) {
        if (!to.isAfter(from)) {
            return Duration.ZERO;
        }
        Interval span = new Interval(from, to);
        List<Interval> paused = Interval.merged(pauses);
        Duration total = Duration.ZERO;
        LocalDate last = to.atZone(zone).toLocalDate();
        for (LocalDate day = from.atZone(zone).toLocalDate().minusDays(1); !day.isAfter(last); day = day.plusDays(1)) {
            for (Interval open : openOn(day)) {
                Interval counted = open.intersection(span);
                if (counted.isEmpty()) {
                    continue;
                }
                total = total.plus(counted.length());
                for (Interval p : paused) {
                    total = total.minus(counted.intersection(p).length());
                }
            }
        }
        return total;
    }

    private static List<Slot> sortedWithoutOverlap(List<Slot> slots) {
        List<Slot> sorted = slots.stream()
                .sorted(java.util.Comparator.comparing(Slot::open))
                .toList();
        for (int i = 1; i < sorted.size(); i++) {
            Slot before = sorted.get(i - 1);
            if (before.close().equals(LocalTime.MIDNIGHT)
                    || sorted.get(i).open().isBefore(before.close())) {
                throw new IllegalArgumentException(
                        "slots of a day must not overlap: " + before + " and " + sorted.get(i));
            }
        }
        return sorted;
    }
}
