package app.rapport.api.blueprint;

import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.List;

/** Every step of a version with its performance from {@code from} to {@code to}, both days included. */
@Serdeable
public record Performance(String versionId, LocalDate from, LocalDate to, List<StepPerformance> steps) {}
