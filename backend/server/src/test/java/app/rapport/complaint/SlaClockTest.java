package app.rapport.complaint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rapport.api.sla.ClockState;
import app.rapport.api.sla.MilestoneClock;
import app.rapport.api.sla.MilestoneTarget;
import app.rapport.api.sla.SlaMilestone;
import app.rapport.platform.calendar.BusinessCalendar;
import app.rapport.platform.calendar.BusinessCalendar.Slot;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A milestone's clock from its events, on Northwind's office week (Mon–Fri 9:00–12:00 and 13:30–18:00, Shanghai;
 * National Day 2026-10-01 closed): deadlines over a weekend, a lunch break and a holiday; a pause spanning closed hours
 * takes off only the open time it covers; met late, at risk, stopped, restarted by a reopening.
 */
class SlaClockTest {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private static BusinessCalendar northwind() {
        Map<DayOfWeek, List<Slot>> week = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek d : List.of(
                DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)) {
            week.put(d, List.of(Slot.of("09:00", "12:00"), Slot.of("13:30", "18:00")));
        }
        return new BusinessCalendar(SHANGHAI, week, Set.of(LocalDate.of(2026, 10, 1)), Map.of());
    }

    private static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(SHANGHAI).toInstant();
    }

    private static MilestoneTarget target(int minutes, Integer warnPercent) {
        return new MilestoneTarget(SlaMilestone.FIRST_RESPONSE, minutes, Set.of(), null, warnPercent);
    }

    private static List<ClockEventRow> events(Object... kindsAndTimes) {
        List<ClockEventRow> out = new ArrayList<>();
        for (int i = 0; i < kindsAndTimes.length; i += 2) {
            out.add(new ClockEventRow(
                    "e" + i, "c", SlaMilestone.FIRST_RESPONSE, (ClockKind) kindsAndTimes[i], at((String)
                            kindsAndTimes[i + 1])));
        }
        return out;
    }

    private static MilestoneClock clock(MilestoneTarget t, List<ClockEventRow> events, String now) {
        return SlaClock.of(t, events, northwind(), at(now)).orElseThrow();
    }

    @Test
    void two_hours_from_friday_five_pm_end_at_ten_on_monday() {
        // Friday 2026-11-27 17:00: one hour on Friday, one on Monday
        MilestoneClock c = clock(target(120, null), events(ClockKind.STARTED, "2026-11-27T17:00"), "2026-11-28T12:00");
        assertEquals(at("2026-11-30T10:00"), c.deadline());
        assertEquals(ClockState.RUNNING, c.state());
        assertEquals(60, c.usedMinutes(), "the weekend does not count");
    }

    @Test
    void an_hour_from_half_past_eleven_skips_the_lunch_break() {
        MilestoneClock c = clock(target(60, null), events(ClockKind.STARTED, "2026-11-30T11:30"), "2026-11-30T11:31");
        assertEquals(at("2026-11-30T14:00"), c.deadline());
    }

    @Test
    void an_hour_from_half_past_five_on_the_eve_of_national_day_ends_on_the_day_after_it() {
        MilestoneClock c = clock(target(60, null), events(ClockKind.STARTED, "2026-09-30T17:30"), "2026-09-30T17:31");
        assertEquals(at("2026-10-02T09:30"), c.deadline());
    }

    @Test
    void a_pause_from_five_pm_to_ten_next_morning_takes_off_only_the_two_open_hours_it_covers() {
        List<ClockEventRow> e = events(
                ClockKind.STARTED, "2026-11-30T09:00",
                ClockKind.PAUSED, "2026-11-30T17:00",
                ClockKind.RESUMED, "2026-12-01T10:00");
        MilestoneClock c = clock(target(480, null), e, "2026-12-01T11:00");
        // Monday 9–12 and 13:30–17:00 use 390 minutes; 90 are left after the pause ends at 10:00
        assertEquals(at("2026-12-01T11:30"), c.deadline());
        assertEquals(390 + 60, c.usedMinutes());
        assertEquals(30, c.leftMinutes());
        assertEquals(ClockState.RUNNING, c.state());
        MilestoneClock later = clock(target(480, null), e, "2026-12-01T12:00");
        assertEquals(ClockState.BREACHED, later.state());
        assertEquals(-30, later.leftMinutes());
    }

    @Test
    void a_paused_clock_has_no_deadline_and_does_not_run() {
        List<ClockEventRow> e = events(ClockKind.STARTED, "2026-11-30T09:00", ClockKind.PAUSED, "2026-11-30T10:00");
        MilestoneClock c = clock(target(120, null), e, "2026-12-02T16:00");
        assertEquals(ClockState.PAUSED, c.state());
        assertNull(c.deadline());
        assertEquals(60, c.usedMinutes());
    }

    @Test
    void fulfilled_after_its_deadline_is_met_late_and_within_it_met() {
        List<ClockEventRow> late =
                events(ClockKind.STARTED, "2026-11-30T09:00", ClockKind.FULFILLED, "2026-11-30T11:00");
        MilestoneClock c = clock(target(60, null), late, "2026-12-02T16:00");
        assertEquals(ClockState.MET_LATE, c.state());
        assertEquals(at("2026-11-30T11:00"), c.fulfilledAt());
        assertEquals(120, c.usedMinutes(), "counted to the moment it was fulfilled, not to now");
        assertEquals(
                ClockState.MET,
                clock(target(180, null), late, "2026-12-02T16:00").state());
    }

    @Test
    void past_its_warning_share_a_running_clock_is_at_risk() {
        List<ClockEventRow> e = events(ClockKind.STARTED, "2026-11-30T09:00");
        assertEquals(
                ClockState.RUNNING,
                clock(target(100, 75), e, "2026-11-30T10:14").state());
        assertEquals(
                ClockState.AT_RISK,
                clock(target(100, 75), e, "2026-11-30T10:15").state());
    }

    @Test
    void a_reopening_restarts_the_clock_and_the_earlier_round_is_forgotten() {
        List<ClockEventRow> e = events(
                ClockKind.STARTED, "2026-11-30T09:00",
                ClockKind.FULFILLED, "2026-11-30T09:30",
                ClockKind.STARTED, "2026-12-01T09:00");
        MilestoneClock c = clock(target(60, null), e, "2026-12-01T09:20");
        assertEquals(ClockState.RUNNING, c.state());
        assertEquals(at("2026-12-01T09:00"), c.startedAt());
        assertEquals(at("2026-12-01T10:00"), c.deadline());
        assertNull(c.fulfilledAt());
    }

    @Test
    void a_clock_stopped_when_handling_ended_stays_stopped() {
        List<ClockEventRow> e = events(ClockKind.STARTED, "2026-11-30T09:00", ClockKind.STOPPED, "2026-11-30T09:10");
        MilestoneClock c = clock(target(60, null), e, "2026-12-03T09:00");
        assertEquals(ClockState.STOPPED, c.state());
        assertEquals(10, c.usedMinutes());
    }

    @Test
    void a_clock_that_never_started_is_not_shown() {
        assertTrue(SlaClock.of(target(60, null), List.of(), northwind(), at("2026-11-30T09:00"))
                .isEmpty());
    }
}
