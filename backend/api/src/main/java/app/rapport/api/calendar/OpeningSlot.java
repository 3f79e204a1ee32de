package app.rapport.api.calendar;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;
import java.time.LocalTime;

/** An open stretch of a day, {@code [opens, closes)}; {@code closes} 00:00 is the end of the day. */
@Serdeable
public record OpeningSlot(@NotNull LocalTime opens, @NotNull LocalTime closes) {}
