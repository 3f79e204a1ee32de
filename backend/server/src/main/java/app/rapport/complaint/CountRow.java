package app.rapport.complaint;

import io.micronaut.core.annotation.Introspected;

/** How many complaints one department or client holds. */
@Introspected
record CountRow(String departmentId, long n) {}
