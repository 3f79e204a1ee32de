package app.rapport.calendar;

import app.rapport.api.calendar.CalendarDay;
import app.rapport.api.calendar.CalendarWrite;
import app.rapport.api.calendar.OpeningSlot;
import app.rapport.api.common.FieldCode;
import app.rapport.api.common.ProblemView.FieldProblem;
import app.rapport.platform.web.ProblemException;
import java.time.DateTimeException;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a calendar must be before it is stored: a known time zone, open at least once a week, slots that close after
 * they open and do not overlap within a day, each date once. Every problem is named by its field ({@code week.MONDAY[1]}, {@code days[3].date}).
 */
final class CalendarCheck {
    private CalendarCheck() {}

    static void check(CalendarWrite write) {
        List<FieldProblem> problems = new ArrayList<>();
        if (write.timeZone() != null && !write.timeZone().isBlank()) {
            try {
                ZoneId.of(write.timeZone().strip());
            } catch (DateTimeException e) {
                problems.add(FieldProblem.of("timeZone", FieldCode.TIME_ZONE));
            }
        }
        if (write.week().values().stream().allMatch(List::isEmpty)) {
            problems.add(FieldProblem.of("week", FieldCode.NOT_EMPTY)); // a calendar never open stops every clock
        }
        write.week().forEach((day, slots) -> slots(problems, "week." + day.name(), slots));
        Set<java.time.LocalDate> seen = new HashSet<>();
        for (int i = 0; i < write.days().size(); i++) {
            CalendarDay d = write.days().get(i);
            if (!seen.add(d.date())) {
                problems.add(FieldProblem.of("days[" + i + "].date", FieldCode.DAY_TWICE));
            }
            slots(problems, "days[" + i + "].slots", d.slots());
        }
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
    }

    private static void slots(List<FieldProblem> problems, String field, List<OpeningSlot> slots) {
        for (int i = 0; i < slots.size(); i++) {
            OpeningSlot s = slots.get(i);
            if (!s.closes().equals(LocalTime.MIDNIGHT) && !s.closes().isAfter(s.opens())) {
                problems.add(FieldProblem.of(field + "[" + i + "]", FieldCode.SLOT_BACKWARDS));
                continue;
            }
            for (int j = 0; j < i; j++) {
                if (overlap(s, slots.get(j))) {
                    problems.add(new FieldProblem(field + "[" + i + "]", FieldCode.SLOT_OVERLAP, Map.of("other", j)));
                    break;
                }
            }
        }
    }

    private static boolean overlap(OpeningSlot a, OpeningSlot b) {
        int aEnd = minutes(a.closes(), true);
        int bEnd = minutes(b.closes(), true);
        return minutes(a.opens(), false) < bEnd && minutes(b.opens(), false) < aEnd;
    }

    private static int minutes(LocalTime t, boolean closing) {
        return closing && t.equals(LocalTime.MIDNIGHT) ? 24 * 60 : t.getHour() * 60 + t.getMinute();
    }
}
