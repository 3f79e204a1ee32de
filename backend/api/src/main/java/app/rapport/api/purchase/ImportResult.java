package app.rapport.api.purchase;

import io.micronaut.serde.annotation.Serdeable;

/**
 * The outcome of a committed import: rows added, rows skipped because an earlier import already added them, lines
 * left out for their problems (only when the valid lines alone were asked for).
 */
@Serdeable
public record ImportResult(int imported, int alreadyImported, int withProblems, int lines) {}
