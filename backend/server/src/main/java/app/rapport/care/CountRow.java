package app.rapport.care;

import io.micronaut.core.annotation.Introspected;

/** A count per client. */
@Introspected
record CountRow(String clientId, long n) {}
