package app.rapport.api.calendar;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.DayOfWeek;
import java.util.List;
import java.util.Map;

/**
 * A business calendar as an admin sets it: its time zone ({@code null}: the tenant's), the open slots of each weekday
 * (a weekday left out is closed; at most six slots a day, none overlapping) and the days that differ. A week or days
 * left out are empty: a calendar with no open slot is closed every day.
 */
@Serdeable
public record CalendarWrite(
        @Nullable @Size(max = 64) String timeZone,
        @Nullable Map<DayOfWeek, @NotNull @Size(max = 6) List<@NotNull @Valid OpeningSlot>> week,
        @Nullable @Size(max = 400) List<@NotNull @Valid CalendarDay> days) {
    /** A week or a list of days not sent is empty (clients leave empty collections out of what they send). */
    public CalendarWrite {
        week = week == null ? Map.of() : Map.copyOf(week);
        days = days == null ? List.of() : List.copyOf(days);
    }
}
