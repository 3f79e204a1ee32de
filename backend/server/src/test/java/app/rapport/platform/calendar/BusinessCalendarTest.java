package app.rapport.platform.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rapport.platform.calendar.BusinessCalendar.Slot;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Worked examples of business time: Northwind Telecom's week (Mon–Fri 9:00–12:00 and 13:30–18:00, Asia/Shanghai)
 * over a weekend, a lunch break, a holiday and a working Saturday; a pause that spans closed hours; a round-the-clock
 * calendar on the day the clocks change in Berlin.
 */
class BusinessCalendarTest {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    // 2026-10-01 (Thursday) is National Day; Saturday 2026-10-10 is worked to make up for it
    private static final LocalDate NATIONAL_DAY = LocalDate.of(2026, 10, 1);
    private static final LocalDate MAKE_UP_SATURDAY = LocalDate.of(2026, 10, 10);

    private static BusinessCalendar northwind() {
        Map<DayOfWeek, List<Slot>> week = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek d : List.of(
                DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)) {
            week.put(d, List.of(Slot.of("13:30", "18:00"), Slot.of("09:00", "12:00")));
        }
        return new BusinessCalendar(
                SHANGHAI,
                week,
                Set.of(NATIONAL_DAY),
                Map.of(MAKE_UP_SATURDAY, List.of(Slot.of("09:00", "12:00"), Slot.of("13:30", "18:00"))));
    }

    private static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(SHANGHAI).toInstant();
    }

    private static String local(Instant i) {
        return i.atZone(SHANGHAI).toLocalDateTime().toString();
    }

    @Test
    void two_hours_from_friday_five_pm_end_on_monday_at_ten() {
        // Friday 2026-12-04 17:00: one hour on Friday, one on Monday morning
        assertEquals(
                "2026-12-07T10:00", local(northwind().addBusinessTime(at("2026-12-04T17:00"), Duration.ofHours(2))));
        assertEquals(
                Duration.ofHours(2), northwind().businessTimeBetween(at("2026-12-04T17:00"), at("2026-12-07T10:00")));
    }

    @Test
    void the_lunch_break_does_not_count() {
        assertEquals(
                "2026-12-07T14:00", local(northwind().addBusinessTime(at("2026-12-07T11:30"), Duration.ofHours(1))));
        assertEquals(
                Duration.ofMinutes(90),
                northwind().businessTimeBetween(at("2026-12-07T11:00"), at("2026-12-07T14:00")));
        assertFalse(northwind().isOpen(at("2026-12-07T12:30")));
        assertTrue(northwind().isOpen(at("2026-12-07T13:30")));
    }

    @Test
    void a_holiday_is_closed_all_day_and_a_make_up_saturday_is_open() {
        // Wednesday 17:00 + 2h: the Thursday holiday is skipped, Friday 10:00
        assertEquals(
                "2026-10-02T10:00", local(northwind().addBusinessTime(at("2026-09-30T17:00"), Duration.ofHours(2))));
        assertEquals(Duration.ZERO, northwind().businessTimeBetween(at("2026-10-01T00:00"), at("2026-10-02T00:00")));
        // Friday 17:00 + 2h: the working Saturday counts
        assertEquals(
                "2026-10-10T10:00", local(northwind().addBusinessTime(at("2026-10-09T17:00"), Duration.ofHours(2))));
        assertEquals(
                Duration.ofMinutes(450),
                northwind().businessTimeBetween(at("2026-10-10T00:00"), at("2026-10-11T00:00")));
    }

    @Test
    void time_asked_for_while_closed_starts_at_the_next_opening() {
        assertEquals(
                "2026-12-07T09:30", local(northwind().addBusinessTime(at("2026-12-05T10:00"), Duration.ofMinutes(30))));
        assertEquals("2026-12-07T09:00", local(northwind().addBusinessTime(at("2026-12-05T10:00"), Duration.ZERO)));
        assertEquals(Duration.ZERO, northwind().businessTimeBetween(at("2026-12-05T08:00"), at("2026-12-06T20:00")));
    }

    @Test
    void a_pause_counts_only_where_it_overlaps_open_time() {
        // from Friday 17:00 to Monday 11:00: Friday 17–18 and Monday 9–11 are open (3 h); paused from Friday 17:30 to
        // Monday 10:00, which takes half an hour on Friday and an hour on Monday — not the 64.5 hours it lasted
        Interval pause = new Interval(at("2026-12-04T17:30"), at("2026-12-07T10:00"));
        assertEquals(
                Duration.ofMinutes(90),
                northwind().businessTimeBetween(at("2026-12-04T17:00"), at("2026-12-07T11:00"), List.of(pause)));
        // two pauses that overlap are counted once
        Interval again = new Interval(at("2026-12-07T09:30"), at("2026-12-07T10:30"));
        assertEquals(
                Duration.ofMinutes(60),
                northwind().businessTimeBetween(at("2026-12-04T17:00"), at("2026-12-07T11:00"), List.of(pause, again)));
    }

    @Test
    void round_the_clock_business_time_is_wall_clock_time_on_the_day_the_clocks_change() {
        BusinessCalendar always = BusinessCalendar.roundTheClock(BERLIN);
        // 2026-03-29: clocks go from 02:00 to 03:00 in Berlin; that day has 23 hours
        Instant midnight = LocalDate.of(2026, 3, 29).atStartOfDay(BERLIN).toInstant();
        Instant next = LocalDate.of(2026, 3, 30).atStartOfDay(BERLIN).toInstant();
        assertEquals(Duration.ofHours(23), always.businessTimeBetween(midnight, next));
        assertEquals(
                LocalDateTime.parse("2026-03-30T01:00"),
                always.addBusinessTime(midnight, Duration.ofHours(24))
                        .atZone(BERLIN)
                        .toLocalDateTime());
        Instant now = Instant.parse("2026-06-01T10:15:00Z");
        assertEquals(now.plus(Duration.ofMinutes(1234)), always.addBusinessTime(now, Duration.ofMinutes(1234)));
    }

    @Test
    void adding_business_time_and_measuring_it_agree() {
        BusinessCalendar cal = northwind();
        Random random = new Random(42);
        Instant base = at("2026-09-20T00:00");
        for (int i = 0; i < 500; i++) {
            Instant start = base.plus(Duration.ofMinutes(random.nextInt(60 * 24 * 40)));
            Duration amount = Duration.ofMinutes(random.nextInt(60 * 40));
            Instant end = cal.addBusinessTime(start, amount);
            assertEquals(amount, cal.businessTimeBetween(start, end), "from " + local(start) + " + " + amount);
        }
    }

    @Test
    void a_calendar_that_is_never_open_and_overlapping_slots_are_refused() {
        BusinessCalendar closed = new BusinessCalendar(SHANGHAI, Map.of(), Set.of(), Map.of());
        assertThrows(
                IllegalStateException.class,
                () -> closed.addBusinessTime(at("2026-12-07T09:00"), Duration.ofMinutes(1)));
        assertThrows(
                IllegalArgumentException.class,
                () -> new BusinessCalendar(
                        SHANGHAI,
                        Map.of(DayOfWeek.MONDAY, List.of(Slot.of("09:00", "12:30"), Slot.of("12:00", "18:00"))),
                        Set.of(),
                        Map.of()));
        assertThrows(IllegalArgumentException.class, () -> Slot.of("18:00", "09:00"));
    }
}
