package app.rapport.api.operator;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * How the tenant's last schema migration ended: {@code ok}, how many migrations it applied in how many milliseconds,
 * or the database's own error (technical, as the database said it) when it failed.
 */
@Serdeable
public record MigrationResult(
        boolean ok, int applied, long millis, @Nullable String error) {}
