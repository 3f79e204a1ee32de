package app.rapport.platform.calendar;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A half-open stretch of time {@code [start, end)}; an empty one when {@code end} is not after {@code start}. */
public record Interval(Instant start, Instant end) {
    public Interval {
        if (end.isBefore(start)) {
            end = start;
        }
    }

    public Duration length() {
        return Duration.between(start, end);
    }

    /** The part of this stretch that lies within {@code other} (empty when they do not meet). */
    public Interval intersection(Interval other) {
        Instant s = start.isAfter(other.start) ? start : other.start;
        Instant e = end.isBefore(other.end) ? end : other.end;
        return new Interval(s, e.isBefore(s) ? s : e);
    }

    public boolean isEmpty() {
        return !end.isAfter(start);
    }

    /** The stretches sorted and merged where they overlap or touch, so that no time is counted twice. */
    public static List<Interval> merged(List<Interval> intervals) {
        List<Interval> sorted = intervals.stream()
                .filter(i -> !i.isEmpty())
                .sorted(Comparator.comparing(Interval::start))
                .toList();
        List<Interval> out = new ArrayList<>();
        for (Interval i : sorted) {
            if (!out.isEmpty() && !i.start().isAfter(out.get(out.size() - 1).end())) {
                Interval last = out.remove(out.size() - 1);
                out.add(new Interval(last.start(), i.end().isAfter(last.end()) ? i.end() : last.end()));
            } else {
                out.add(i);
            }
        }
        return out;
    }
}
