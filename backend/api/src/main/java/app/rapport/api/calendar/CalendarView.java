package app.rapport.api.calendar;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.DayOfWeek;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A business calendar: the tenant's, or a tier's ({@code tierId}). {@code inherited}: the tier has none of its own and
 * the tenant's applies; a tenant that never set one is open round the clock. {@code timeZone} is the zone in force
 * ({@code ownTimeZone}: set on this calendar rather than the tenant's). {@code version} is also the ETag.
 */
@Serdeable
public record CalendarView(
        @Nullable String tierId,
        String timeZone,
        boolean ownTimeZone,
        Map<DayOfWeek, List<OpeningSlot>> week,
        List<CalendarDay> days,
        boolean inherited,
        long version,
        @Nullable Instant updatedAt,
        @Nullable String updatedBy) {}
