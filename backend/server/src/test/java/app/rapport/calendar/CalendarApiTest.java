package app.rapport.calendar;

import static io.micronaut.http.HttpRequest.DELETE;
import static io.micronaut.http.HttpRequest.GET;
import static io.micronaut.http.HttpRequest.PUT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rapport.api.calendar.CalendarDay;
import app.rapport.api.calendar.CalendarView;
import app.rapport.api.calendar.CalendarWrite;
import app.rapport.api.calendar.OpeningSlot;
import app.rapport.api.tier.TierSettingsView;
import app.rapport.support.PlaybookTenantTest;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Business calendars through the API: round the clock until an admin sets one; a week with a lunch break, holidays and
 * a make-up Saturday checked as a whole and named by field; versions (412 for the stale, one winner of a race); a
 * tier's own calendar over the tenant's, and back.
 */
class CalendarApiTest extends PlaybookTenantTest {

    static CalendarWrite officeHours(String zone) {
        Map<DayOfWeek, List<OpeningSlot>> week = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek d : List.of(
                DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)) {
            week.put(d, List.of(slot("13:30", "18:00"), slot("09:00", "12:00")));
        }
        return new CalendarWrite(
                zone,
                week,
                List.of(
                        new CalendarDay(LocalDate.of(2026, 10, 10), "补班", List.of(slot("09:00", "18:00"))),
                        new CalendarDay(LocalDate.of(2026, 10, 1), " 国庆节 ", List.of())));
    }

    static OpeningSlot slot(String opens, String closes) {
        return new OpeningSlot(LocalTime.parse(opens), LocalTime.parse(closes));
    }

    private Reply put(String user, String path, String etag, CalendarWrite w) {
        return send(user, PUT("/api/v1" + path, w).header("If-Match", etag));
    }

    @Test
    void a_tenant_is_open_round_the_clock_until_an_admin_sets_its_hours() {
        Reply first = send(staff, GET("/api/v1/calendar"));
        assertEquals(200, first.status(), first.body());
        assertEquals("\"0\"", first.header("ETag"));
        CalendarView open = read(first, CalendarView.class);
        assertEquals(List.of(slot("00:00", "00:00")), open.week().get(DayOfWeek.SUNDAY));
        assertFalse(open.ownTimeZone());

        Reply set = put(admin, "/calendar", "\"0\"", officeHours("Asia/Shanghai"));
        assertEquals(200, set.status(), set.body());
        CalendarView office = read(set, CalendarView.class);
        assertEquals("\"1\"", set.header("ETag"));
        assertEquals(
                List.of(slot("09:00", "12:00"), slot("13:30", "18:00")),
                office.week().get(DayOfWeek.MONDAY));
        assertEquals(List.of(), office.week().get(DayOfWeek.SATURDAY), "a weekday left out is closed");
        assertEquals(LocalDate.of(2026, 10, 1), office.days().get(0).date(), "days in order");
        assertEquals("国庆节", office.days().get(0).name());
        assertEquals("Asia/Shanghai", office.timeZone());
        assertTrue(office.ownTimeZone());
        assertEquals(admin, office.updatedBy());

        Reply stale = put(admin, "/calendar", "\"0\"", officeHours(null));
        assertEquals(412, stale.status(), "someone saved since version 0 was read: " + stale.body());
        assertEquals(403, put(manager, "/calendar", "\"1\"", officeHours(null)).status());
        assertEquals(
                428, send(admin, PUT("/api/v1/calendar", officeHours(null))).status());
    }

    @Test
    void a_calendar_is_checked_as_a_whole_and_every_problem_named_by_its_field() {
        Map<DayOfWeek, List<OpeningSlot>> week = new EnumMap<>(DayOfWeek.class);
        week.put(DayOfWeek.MONDAY, List.of(slot("09:00", "12:30"), slot("12:00", "18:00")));
        week.put(DayOfWeek.TUESDAY, List.of(slot("18:00", "09:00")));
        week.put(DayOfWeek.WEDNESDAY, List.of(slot("08:00", "00:00")));
        CalendarWrite bad = new CalendarWrite(
                "Mars/Olympus",
                week,
                List.of(
                        new CalendarDay(LocalDate.of(2026, 12, 25), null, List.of()),
                        new CalendarDay(LocalDate.of(2026, 12, 25), "again", List.of())));
        Reply r = put(admin, "/calendar", "\"0\"", bad);
        assertEquals(400, r.status(), r.body());
        for (String field : List.of("timeZone", "week.MONDAY[1]", "week.TUESDAY[0]", "days[1].date")) {
            assertTrue(r.body().contains("\"" + field + "\""), field + " in " + r.body());
        }
        assertFalse(r.body().contains("WEDNESDAY"), "08:00–00:00 runs to the end of the day: " + r.body());
        assertTrue(r.body().contains("slot-overlap") || r.body().contains("SLOT_OVERLAP"), r.body());
        assertEquals("\"0\"", send(admin, GET("/api/v1/calendar")).header("ETag"), "nothing was stored");
    }

    @Test
    void empty_lists_left_out_by_a_client_read_as_empty_and_a_calendar_never_open_is_refused() {
        // typed clients leave empty collections out of what they send: a holiday arrives without its (empty) slots
        String body = "{\"week\":{\"MONDAY\":[{\"opens\":\"09:00\",\"closes\":\"17:00\"}]},"
                + "\"days\":[{\"date\":\"2026-10-01\",\"name\":\"国庆节\"}]}";
        Reply r = send(
                admin,
                PUT("/api/v1/calendar", body)
                        .contentType(io.micronaut.http.MediaType.APPLICATION_JSON_TYPE)
                        .header("If-Match", "\"0\""));
        assertEquals(200, r.status(), r.body());
        CalendarView v = read(r, CalendarView.class);
        assertEquals(List.of(), v.days().get(0).slots(), "a holiday");
        assertEquals(List.of(), v.week().get(DayOfWeek.SUNDAY));
        Reply never = send(
                admin,
                PUT("/api/v1/calendar", "{}")
                        .contentType(io.micronaut.http.MediaType.APPLICATION_JSON_TYPE)
                        .header("If-Match", "\"1\""));
        assertEquals(400, never.status(), never.body());
        assertTrue(never.body().contains("\"week\""), never.body());
    }

    @Test
    void two_admins_saving_the_same_version_at_once_leave_one_winner() {
        List<Reply> replies = parallel(4, () -> put(admin, "/calendar", "\"0\"", officeHours("Asia/Shanghai")));
        assertEquals(
                1,
                replies.stream().filter(r -> r.status() == 200).count(),
                statuses(replies).toString());
        assertTrue(replies.stream().allMatch(r -> r.status() == 200 || r.status() == 412 || r.status() == 409));
        assertEquals("\"1\"", send(admin, GET("/api/v1/calendar")).header("ETag"));
    }

    @Test
    void a_tier_keeps_its_own_hours_over_the_tenants_and_goes_back_to_them() {
        put(admin, "/calendar", "\"0\"", officeHours("Asia/Shanghai"));
        String key = read(send(admin, GET("/api/v1/tiers")), TierSettingsView.class)
                .tiers()
                .get(0)
                .id();
        CalendarView inherited = read(send(staff, GET("/api/v1/tiers/" + key + "/calendar")), CalendarView.class);
        assertTrue(inherited.inherited());
        assertEquals(key, inherited.tierId());
        assertEquals(
                List.of(slot("09:00", "12:00"), slot("13:30", "18:00")),
                inherited.week().get(DayOfWeek.MONDAY));

        Map<DayOfWeek, List<OpeningSlot>> always = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek d : DayOfWeek.values()) {
            always.put(d, List.of(slot("00:00", "00:00")));
        }
        Reply own = put(admin, "/tiers/" + key + "/calendar", "\"0\"", new CalendarWrite(null, always, List.of()));
        assertEquals(200, own.status(), own.body());
        CalendarView strategic = read(own, CalendarView.class);
        assertFalse(strategic.inherited());
        assertEquals(
                "Asia/Shanghai",
                read(send(admin, GET("/api/v1/calendar")), CalendarView.class).timeZone());
        assertEquals(List.of(slot("00:00", "00:00")), strategic.week().get(DayOfWeek.SATURDAY));

        Reply back = send(admin, DELETE("/api/v1/tiers/" + key + "/calendar"));
        assertEquals(200, back.status(), back.body());
        assertTrue(read(back, CalendarView.class).inherited());
        assertEquals(
                404,
                send(admin, GET("/api/v1/tiers/" + java.util.UUID.randomUUID() + "/calendar"))
                        .status());
    }
}
