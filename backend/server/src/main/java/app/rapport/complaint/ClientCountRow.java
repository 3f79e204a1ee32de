package app.rapport.complaint;

import io.micronaut.core.annotation.Introspected;

/** How many open complaints one client has. */
@Introspected
record ClientCountRow(String clientId, long n) {}
