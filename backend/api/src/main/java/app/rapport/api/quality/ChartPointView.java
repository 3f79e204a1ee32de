package app.rapport.api.quality;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;

/**
 * One week of a chart: the Monday it starts, its value (per 100 for complaints per touchpoints, a share 0–1 on time,
 * days for resolution), what it counts ({@code events} of {@code exposure}; for XmR the complaints closed, no exposure),
 * the centre line and its limits, and whether it belongs to the baseline the limits come from.
 */
@Serdeable
public record ChartPointView(
        LocalDate week,
        double value,
        long events,
        @Nullable Long exposure,
        double centre,
        double lower,
        double upper,
        boolean baseline) {}
