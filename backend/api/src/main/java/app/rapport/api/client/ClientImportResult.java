package app.rapport.api.client;

import io.micronaut.serde.annotation.Serdeable;

/** The outcome of a committed client import: clients registered, duplicates and lines with problems left out. */
@Serdeable
public record ClientImportResult(int imported, int duplicates, int withProblems, int lines) {}
