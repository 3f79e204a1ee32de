package app.rapport.api.lifecycle;

import io.micronaut.serde.annotation.Serdeable;

/**
 * One computation of signals: clients looked at, suggestions opened (new or changed), open suggestions withdrawn
 * because the signals no longer support them, cadence check-ins scheduled, and how long it took.
 */
@Serdeable
public record SignalRun(int clients, int suggested, int withdrawn, int checkInsScheduled, long millis) {}
