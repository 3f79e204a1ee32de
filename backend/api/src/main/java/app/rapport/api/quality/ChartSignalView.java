package app.rapport.api.quality;

import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;

/** A rule fired at the week that completes its pattern. */
@Serdeable
public record ChartSignalView(LocalDate week, ChartRule rule) {}
