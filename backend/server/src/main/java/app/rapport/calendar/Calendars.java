package app.rapport.calendar;

import app.rapport.api.calendar.CalendarDay;
import app.rapport.api.calendar.CalendarView;
import app.rapport.api.calendar.CalendarWrite;
import app.rapport.api.calendar.OpeningSlot;
import app.rapport.api.common.ProblemCode;
import app.rapport.platform.audit.AuditLog;
import app.rapport.platform.calendar.BusinessCalendar;
import app.rapport.platform.security.Actor;
import app.rapport.platform.web.ProblemException;
import app.rapport.tier.Tiers;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.ObjectMapper;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The tenant's business calendar and the tiers' own. A tenant that never set one is open round the clock in its time
 * zone; a tier without its own uses the tenant's. Each write is checked as a whole, replaces the calendar under its
 * version (412 when someone saved in between) and is audited.
 */
@Singleton
public class Calendars {
    static final String TENANT = "tenant";

    private final CalendarRepository calendars;
    private final Tiers tiers;
    private final ObjectMapper json;
    private final AuditLog audit;
    private final Actor actor;
    private final Clock clock;
    private final ApplicationEventPublisher<CalendarChanged> changed;

    Calendars(
            CalendarRepository calendars,
            Tiers tiers,
            ObjectMapper json,
            AuditLog audit,
            Actor actor,
            Clock clock,
            ApplicationEventPublisher<CalendarChanged> changed) {
        this.changed = changed;
        this.calendars = calendars;
        this.tiers = tiers;
        this.json = json;
        this.audit = audit;
        this.actor = actor;
        this.clock = clock;
    }

    @Transactional
    public CalendarView tenant() {
        return calendars.findById(TENANT).map(r -> view(r, false)).orElseGet(this::roundTheClock);
    }

    @Transactional
    public CalendarView ofTier(String tierId) {
        requireTier(tierId);
        return calendars.findById(tierId).map(r -> view(r, false)).orElseGet(() -> inherited(tierId));
    }

    @Transactional
    public CalendarView set(@Nullable String tierId, long expectedVersion, CalendarWrite write) {
        if (tierId != null) {
            requireTier(tierId);
        }
        CalendarCheck.check(write);
        String scope = tierId == null ? TENANT : tierId;
        Optional<CalendarRow> before = calendars.findById(scope);
        long current = before.map(CalendarRow::version).orElse(0L);
        if (expectedVersion != current) {
            throw new ProblemException(
                    ProblemCode.STALE_VERSION, "the calendar is at version " + current + "; read it again");
        }
        String definition = write(normalised(write));
        Instant now = Instant.now(clock);
        if (before.isPresent()) {
            if (calendars.replace(scope, current, definition, now, actor.name()) == 0) {
                throw new ProblemException(
                        ProblemCode.STALE_VERSION, "the calendar was saved meanwhile; read it again");
            }
        } else {
            // a new calendar starts at version 1: the round-the-clock default everyone read is version 0; of two
            // first saves at once, the second finds the key taken (409)
            calendars.save(new CalendarRow(scope, tierId, definition, 1, now, actor.name()));
        }
        CalendarRow saved = calendars.findById(scope).orElseThrow();
        audit.record(before.isPresent() ? "UPDATE" : "CREATE", "business_calendar", scope, before.orElse(null), saved);
        changed.publishEvent(new CalendarChanged(tierId, now));
        return view(saved, false);
    }

    @Transactional
    public CalendarView removeTier(String tierId) {
        requireTier(tierId);
        calendars.findById(tierId).ifPresent(r -> {
            calendars.delete(r);
            audit.record("DELETE", "business_calendar", tierId, r, null);
            changed.publishEvent(new CalendarChanged(tierId, Instant.now(clock)));
        });
        return inherited(tierId);
    }

    /** The calendar a tier's clocks run by: its own, else the tenant's, else round the clock. */
    @Transactional
    public BusinessCalendar forTier(@Nullable String tierId) {
        CalendarView v = tierId == null ? tenant() : ofTier(tierId);
        Map<DayOfWeek, List<BusinessCalendar.Slot>> week = new EnumMap<>(DayOfWeek.class);
        v.week().forEach((d, slots) -> week.put(d, slots(slots)));
        Set<LocalDate> holidays = v.days().stream()
                .filter(d -> d.slots().isEmpty())
                .map(CalendarDay::date)
                .collect(Collectors.toSet());
        Map<LocalDate, List<BusinessCalendar.Slot>> special = new HashMap<>();
        v.days().stream().filter(d -> !d.slots().isEmpty()).forEach(d -> special.put(d.date(), slots(d.slots())));
        return new BusinessCalendar(ZoneId.of(v.timeZone()), week, holidays, special);
    }

    private static List<BusinessCalendar.Slot> slots(List<OpeningSlot> slots) {
        return slots.stream()
                .map(s -> new BusinessCalendar.Slot(s.opens(), s.closes()))
                .toList();
    }

    private void requireTier(String tierId) {
        if (tiers.settings().tiers().stream().noneMatch(t -> tierId.equals(t.id()))) {
            throw ProblemException.notFound("tier " + tierId);
        }
    }

    private CalendarView roundTheClock() {
        Map<DayOfWeek, List<OpeningSlot>> week = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek d : DayOfWeek.values()) {
            week.put(d, List.of(new OpeningSlot(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT)));
        }
        return new CalendarView(null, clock.getZone().getId(), false, week, List.of(), false, 0, null, null);
    }

    private CalendarView inherited(String tierId) {
        CalendarView t = tenant();
        return new CalendarView(
                tierId, t.timeZone(), t.ownTimeZone(), t.week(), t.days(), true, 0, t.updatedAt(), t.updatedBy());
    }

    private CalendarView view(CalendarRow r, boolean inherited) {
        CalendarWrite w = read(r.definition());
        boolean own = w.timeZone() != null && !w.timeZone().isBlank();
        return new CalendarView(
                r.tierId(),
                own ? w.timeZone() : clock.getZone().getId(),
                own,
                w.week(),
                w.days(),
                inherited,
                r.version(),
                r.updatedAt(),
                r.updatedBy());
    }

    /** Every weekday present (empty: closed), slots and days in order, texts trimmed. */
    private static CalendarWrite normalised(CalendarWrite w) {
        Map<DayOfWeek, List<OpeningSlot>> week = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek d : DayOfWeek.values()) {
            week.put(d, sorted(w.week().getOrDefault(d, List.of())));
        }
        List<CalendarDay> days = w.days().stream()
                .map(d -> new CalendarDay(
                        d.date(),
                        d.name() == null || d.name().isBlank() ? null : d.name().strip(),
                        sorted(d.slots())))
                .sorted(Comparator.comparing(CalendarDay::date))
                .toList();
        String zone = w.timeZone() == null || w.timeZone().isBlank()
                ? null
                : ZoneId.of(w.timeZone().strip()).getId();
        return new CalendarWrite(zone, week, days);
    }

    private static List<OpeningSlot> sorted(List<OpeningSlot> slots) {
        return slots.stream().sorted(Comparator.comparing(OpeningSlot::opens)).toList();
    }

    private String write(CalendarWrite w) {
        try {
            return json.writeValueAsString(w);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private CalendarWrite read(String definition) {
        try {
            return json.readValue(definition, CalendarWrite.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
