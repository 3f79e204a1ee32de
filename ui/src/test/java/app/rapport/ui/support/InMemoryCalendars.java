package app.rapport.ui.support;

import app.rapport.api.calendar.CalendarApi;
import app.rapport.api.calendar.CalendarView;
import app.rapport.api.calendar.CalendarWrite;
import app.rapport.api.calendar.OpeningSlot;
import app.rapport.api.common.FieldCode;
import app.rapport.api.common.ProblemView;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Business calendars in memory: round the clock until set, versions (412 when stale), a tier's own over the
 * tenant's, and the server's check of slots that close before they open (named by field).
 */
@Singleton
@Requires(env = ViewTest.VIEWS)
@Replaces(CalendarApi.class)
public class InMemoryCalendars implements CalendarApi {
    private final Map<String, CalendarView> stored = new HashMap<>();
    public final List<String> calls = new ArrayList<>();

    private static CalendarView roundTheClock(String tierId, boolean inherited) {
        Map<DayOfWeek, List<OpeningSlot>> week = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek d : DayOfWeek.values()) {
            week.put(d, List.of(new OpeningSlot(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT)));
        }
        return new CalendarView(tierId, "Asia/Shanghai", false, week, List.of(), inherited, 0, null, null);
    }

    public synchronized CalendarView stored(String scope) {
        return stored.get(scope);
    }

    /** Someone else saves the tenant's calendar: its version moves on. */
    public synchronized void savedElsewhere() {
        CalendarView c = calendar().body();
        stored.put(
                "tenant",
                new CalendarView(
                        null,
                        c.timeZone(),
                        c.ownTimeZone(),
                        c.week(),
                        c.days(),
                        false,
                        c.version() + 1,
                        null,
                        "someone-else"));
    }

    @Override
    public synchronized HttpResponse<CalendarView> calendar() {
        return HttpResponse.ok(stored.getOrDefault("tenant", roundTheClock(null, false)));
    }

    @Override
    public synchronized HttpResponse<CalendarView> setCalendar(String ifMatch, CalendarWrite w) {
        return set("tenant", null, ifMatch, w);
    }

    @Override
    public synchronized HttpResponse<CalendarView> tierCalendar(String tierId) {
        CalendarView own = stored.get(tierId);
        if (own != null) {
            return HttpResponse.ok(own);
        }
        CalendarView t = calendar().body();
        return HttpResponse.ok(
                new CalendarView(tierId, t.timeZone(), t.ownTimeZone(), t.week(), t.days(), true, 0, null, null));
    }

    @Override
    public synchronized HttpResponse<CalendarView> setTierCalendar(String tierId, String ifMatch, CalendarWrite w) {
        return set(tierId, tierId, ifMatch, w);
    }

    @Override
    public synchronized HttpResponse<CalendarView> removeTierCalendar(String tierId) {
        calls.add("remove " + tierId);
        stored.remove(tierId);
        return tierCalendar(tierId);
    }

    private HttpResponse<CalendarView> set(String scope, String tierId, String ifMatch, CalendarWrite w) {
        calls.add("set " + scope);
        CalendarView before = stored.get(scope);
        long version = before == null ? 0 : before.version();
        if (!("\"" + version + "\"").equals(ifMatch)) {
            return FakeProblems.problem(HttpStatus.PRECONDITION_FAILED, "stale-version", List.of());
        }
        List<ProblemView.FieldProblem> problems = new ArrayList<>();
        w.week().forEach((d, slots) -> {
            for (int i = 0; i < slots.size(); i++) {
                OpeningSlot s = slots.get(i);
                if (!s.closes().equals(LocalTime.MIDNIGHT) && !s.closes().isAfter(s.opens())) {
                    problems.add(ProblemView.FieldProblem.of("week." + d + "[" + i + "]", FieldCode.SLOT_BACKWARDS));
                }
            }
        });
        if (!problems.isEmpty()) {
            return FakeProblems.problem(HttpStatus.BAD_REQUEST, "invalid-input", problems);
        }
        Map<DayOfWeek, List<OpeningSlot>> week = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek d : DayOfWeek.values()) {
            week.put(d, w.week().getOrDefault(d, List.of()));
        }
        CalendarView saved = new CalendarView(
                tierId,
                w.timeZone() == null ? "Asia/Shanghai" : w.timeZone(),
                w.timeZone() != null,
                week,
                w.days(),
                false,
                version + 1,
                java.time.Instant.now(),
                "admin");
        stored.put(scope, saved);
        return HttpResponse.ok(saved);
    }
}
