package app.rapport.api.care;

import io.micronaut.serde.annotation.Serdeable;

/** How many actions changed hands, and how many were already closed and left alone. */
@Serdeable
public record ReassignmentResult(int reassigned, int closed) {}
