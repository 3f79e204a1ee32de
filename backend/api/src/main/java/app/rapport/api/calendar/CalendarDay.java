package app.rapport.api.calendar;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * A day that is not like its weekday: a holiday (no slots: closed all day) or a special day with its own slots (a
 * working Saturday that makes up for a holiday, a short Christmas Eve); {@code name} as the tenant wrote it. The slots
 * are never null: none sent reads as none.
 */
@Serdeable
public record CalendarDay(
        @NotNull LocalDate date,
        @Nullable @Size(max = 100) String name,
        @Nullable @Size(max = 6) List<@NotNull @Valid OpeningSlot> slots) {
    /** No slots (or none sent: clients leave an empty list out) is a holiday. */
    public CalendarDay {
        slots = slots == null ? List.of() : List.copyOf(slots);
    }
}
