package app.rapport.api.benchmark;

import io.micronaut.serde.annotation.Serdeable;

/** What a computation of the computed targets did: measured, or left without a value for lack of data. */
@Serdeable
public record MeasurementRun(int targets, int measured, int withoutData, long millis) {}
