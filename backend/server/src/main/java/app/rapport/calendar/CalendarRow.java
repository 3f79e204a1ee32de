package app.rapport.calendar;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/**
 * One calendar: {@code scope} is {@value Calendars#TENANT} or the tier's id; its definition as JSON; {@code version}
 * from 1 (the round-the-clock default is 0), moved on by a conditional update only.
 */
@MappedEntity("business_calendar")
@Serdeable
record CalendarRow(
        @Id String scope,
        @Nullable String tierId,
        String definition,
        long version,
        Instant updatedAt,
        String updatedBy) {}
