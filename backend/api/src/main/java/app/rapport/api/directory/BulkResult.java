package app.rapport.api.directory;

import io.micronaut.serde.annotation.Serdeable;

/** How many clients an action on a selection changed. */
@Serdeable
public record BulkResult(int changed) {}
