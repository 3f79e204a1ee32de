package app.rapport.calendar;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;

/**
 * A business calendar was saved or a tier's removed ({@code tierId} null: the tenant's): deadlines counted by it may
 * have moved. Published inside the saving transaction.
 */
public record CalendarChanged(@Nullable String tierId, Instant at) {}
