package app.rapport.benchmark;

import io.micronaut.core.annotation.Introspected;

/** How many records counted and how many of them hit (on time, SURPRISE). */
@Introspected
record ShareRow(long n, long hits) {}
