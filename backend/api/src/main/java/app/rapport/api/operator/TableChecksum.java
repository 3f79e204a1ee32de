package app.rapport.api.operator;

import io.micronaut.serde.annotation.Serdeable;

/** One table of a tenant export: its name, how many rows, and the SHA-256 of its file in the zip. */
@Serdeable
public record TableChecksum(String table, long rows, String sha256) {}
