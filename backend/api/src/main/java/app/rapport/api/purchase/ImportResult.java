package app.rapport.api.purchase;

import io.micronaut.serde.annotation.Serdeable;

/** The outcome of a committed import: rows added, rows skipped because an earlier import already added them. */
@Serdeable
public record ImportResult(int imported, int alreadyImported, int lines) {}
