package app.rapport.benchmark;

import io.micronaut.core.annotation.Introspected;
import java.time.Instant;
import java.time.LocalDate;

/** When a care action was closed and the day it was due. */
@Introspected
record ClosedCareRow(Instant closedAt, LocalDate dueOn) {}
